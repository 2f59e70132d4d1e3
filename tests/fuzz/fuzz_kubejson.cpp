// Fuzzes what Slipway reads from a Kubernetes API server (kube/kubelist.h, kube/kubewatch.h,
// kube/kubeclient.h, models/kubejson.h). The first byte picks the shape of the rest:
//   0 a list page (the continue-token scanner, then the page and its items decoded; the second
//     byte picks the resource type), 1 a single object decoded, 2 watch event lines, 3 a Status
//     body of an error answer.
// A decoder that refuses an object must say why.
#include "kube/kubeclient.h"
#include "kube/kubelist.h"
#include "kube/kubewatch.h"
#include "models/kubejson.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QJsonDocument>

#include <cstdlib>

using namespace Slipway;

namespace {

template<typename T>
void expectReason(const Result<T> &decoded)
{
    if (!decoded.ok() && decoded.errorText().isEmpty())
        std::abort();
}

void decodeAs(const QString &kind, const QJsonObject &object)
{
    if (kind == QLatin1String("Node")) {
        expectReason(KubeJson::decodeNode(object));
    } else if (kind == QLatin1String("Pod")) {
        expectReason(KubeJson::decodePod(object));
    } else if (kind == QLatin1String("Namespace")) {
        expectReason(KubeJson::decodeNamespace(object));
    } else if (kind == QLatin1String("PodDisruptionBudget")) {
        expectReason(KubeJson::decodePodDisruptionBudget(object));
    } else {
        expectReason(KubeJson::decodeWorkload(object));
    }
}

// Every decoder on the object, so that a mutated kind still reaches the others.
void decodeEverything(const QJsonObject &object)
{
    const QString kind = object.value(QLatin1String("kind")).toString();
    for (const char *k : {"Node", "Pod", "Namespace", "PodDisruptionBudget", "Deployment"}) {
        QJsonObject withKind = object;
        if (kind.isEmpty())
            withKind.insert(QStringLiteral("kind"), QLatin1String(k));
        decodeAs(withKind.value(QLatin1String("kind")).toString(), withKind);
    }
    (void)KubeJson::decodeVersionInfo(object);
    (void)KubeJson::parseTimestamp(object.value(QLatin1String("metadata"))
                                       .toObject()
                                       .value(QLatin1String("creationTimestamp"))
                                       .toString());
}

KubeResourceType resourceType(uint8_t selector)
{
    switch (selector % 10) {
    case 0:
        return KubeResourceType::nodes();
    case 1:
        return KubeResourceType::pods();
    case 2:
        return KubeResourceType::namespaces();
    case 3:
        return KubeResourceType::deployments();
    case 4:
        return KubeResourceType::replicaSets();
    case 5:
        return KubeResourceType::statefulSets();
    case 6:
        return KubeResourceType::daemonSets();
    case 7:
        return KubeResourceType::jobs();
    case 8:
        return KubeResourceType::podDisruptionBudgets();
    default:
        return KubeResourceType::podDisruptionBudgetsV1beta1();
    }
}

void listPage(const QByteArray &input)
{
    if (input.isEmpty())
        return;
    const KubeResourceType type = resourceType(uint8_t(input.at(0)));
    const QByteArray body = input.mid(1);
    (void)scanListMetadata(body);
    const KubeListPage page = parseListPage(body, type);
    for (const QJsonObject &item : page.items)
        decodeAs(item.value(QLatin1String("kind")).toString(), item);
}

void watchLines(const QByteArray &input)
{
    const QList<QByteArray> lines = SlipwayFuzz::split(input, "\n", 64);
    for (const QByteArray &line : lines) {
        const KubeWatchEvent event = parseWatchEvent(line.trimmed());
        if (!event.object.isEmpty() && event.type != QLatin1String("ERROR"))
            decodeEverything(event.object);
    }
}

void statusBody(const QByteArray &body)
{
    const QJsonObject json =
        body.trimmed().startsWith('{') ? QJsonDocument::fromJson(body).object() : QJsonObject();
    const KubeStatusBody status = parseStatusBody(body, json);
    if (status.message.size() > 300 && json.isEmpty())
        std::abort(); // a body that is not a Status is shown only in part
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    SlipwayFuzz::ensureApplication();
    const QByteArray input = SlipwayFuzz::bytes(data + 1, size - 1);
    switch (data[0] % 4) {
    case 0:
        listPage(input);
        break;
    case 1:
        decodeEverything(QJsonDocument::fromJson(input).object());
        break;
    case 2:
        watchLines(input);
        break;
    default:
        statusBody(input);
        break;
    }
    return 0;
}
