// Fuzzes the ExecCredential reader (kube/execcredential.h): what a credential plugin prints on
// stdout. The first byte chooses the apiVersion the kubeconfig asked for; the rest is the JSON.
#include "kube/execcredential.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace Slipway;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const QString apiVersions[] = {QStringLiteral("client.authentication.k8s.io/v1"),
                                          QStringLiteral("client.authentication.k8s.io/v1beta1"),
                                          QStringLiteral("client.authentication.k8s.io/v1alpha1")};
    const QString &apiVersion = apiVersions[data[0] % 3];
    const Result<ExecCredential> credential =
        ExecCredential::parse(SlipwayFuzz::bytes(data + 1, size - 1), apiVersion);
    if (credential.ok()) {
        (void)credential.value().hasClientCertificate();
        (void)credential.value().isExpired();
    }
    return 0;
}
