#include "kube/secretredaction.h"
#include "kube/kubelog.h"

namespace Slipway {

Q_LOGGING_CATEGORY(lcKube, "slipway.kube")

QString redactSecrets(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        // Very short values ("1", "yes") would only garble the text without protecting anything.
        if (secret.size() >= 4)
            text.replace(secret, QStringLiteral("[redacted]"));
    }
    return text;
}

} // namespace Slipway
