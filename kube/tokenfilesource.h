#pragma once

#include <QDateTime>
#include <QString>

namespace Slipway {

// A user's tokenFile (FACTS §8.1): read again whenever the file's modification time or size
// changes, so rotated service-account tokens are picked up. When a read fails, the last token
// read successfully (or the kubeconfig's `token`, if both are set) stays in use.
class TokenFileSource
{
public:
    explicit TokenFileSource(const QString &path = {}, const QString &fallbackToken = {});

    bool isNull() const { return m_path.isEmpty(); }
    QString path() const { return m_path; }
    // The current token; stats the file and re-reads it when it changed. Secret: never log it.
    QString token();
    int readCount() const { return m_readCount; }

private:
    QString m_path;
    QString m_token;
    QDateTime m_modified;
    qint64 m_size = -1;
    int m_readCount = 0;
};

} // namespace Slipway
