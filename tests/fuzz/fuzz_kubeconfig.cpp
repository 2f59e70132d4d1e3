// Fuzzes the kubeconfig parser and merger (kube/kubeconfig.h): up to three kubeconfig files,
// separated by a line "#--next-file--", are parsed, merged with client-go's rules, and every context
// is selected (data fields decoded, certificates and keys parsed). Relative paths point into a
// directory that does not exist, so nothing is read from the file system by them.
#include "kube/kubeconfig.h"
#include "kube/kubeconfigselection.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace Slipway;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    SlipwayFuzz::ensureApplication();
    const QList<QByteArray> files =
        SlipwayFuzz::split(SlipwayFuzz::bytes(data, size), QByteArrayLiteral("\n#--next-file--\n"), 3);
    std::optional<Kubeconfig> merged;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString name = QStringLiteral("/nonexistent/slipway-fuzz/config-%1").arg(i);
        Result<Kubeconfig> config = Kubeconfig::parse(files.at(i), name);
        if (!config.ok())
            continue;
        if (merged)
            (void)merged->mergeFrom(config.value());
        else
            merged = std::move(config).value();
    }
    if (!merged)
        return 0;
    QStringList contexts = merged->contextNames();
    contexts << QString(); // current-context
    for (const QString &context : contexts)
        (void)merged->select(context);
    return 0;
}
