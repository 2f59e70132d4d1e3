#include "sim/engine/kubeconventions.h"

#include "sim/engine/simtiming.h"

#include <QRegularExpression>
#include <QUuid>

namespace Slipway::KubeConventions {

const QString kTaintNotReady = QStringLiteral("node.kubernetes.io/not-ready");
const QString kTaintUnreachable = QStringLiteral("node.kubernetes.io/unreachable");
const QString kTaintUnschedulable = QStringLiteral("node.kubernetes.io/unschedulable");
const QString kTaintControlPlane = QStringLiteral("node-role.kubernetes.io/control-plane");
const QString kEffectNoSchedule = QStringLiteral("NoSchedule");
const QString kEffectNoExecute = QStringLiteral("NoExecute");

namespace {

Toleration exists(const QString &key, const QString &effect, std::optional<qint64> seconds = std::nullopt)
{
    Toleration t;
    t.key = key;
    t.op = QStringLiteral("Exists");
    t.effect = effect;
    t.tolerationSeconds = seconds;
    return t;
}

quint64 fnv1a(const QString &text)
{
    quint64 hash = 1469598103934665603ULL;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 1099511628211ULL;
    }
    return hash;
}

} // namespace

QString nameSuffix(const QString &seed, int length)
{
    // The alphabet Kubernetes uses for generated names (no vowels, no confusable digits).
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    quint64 h = fnv1a(seed);
    QString out;
    for (int i = 0; i < length; ++i) {
        out += QLatin1Char(alphabet[h % 27]);
        h = h / 27 + (h % 27) * 0x9E3779B97F4A7C15ULL;
    }
    return out;
}

QString uidFor(const QString &seed)
{
    static const QUuid ns(QStringLiteral("6f1c8a52-3f0e-4a8b-9a51-5a1b2c3d4e5f"));
    return QUuid::createUuidV5(ns, seed).toString(QUuid::WithoutBraces);
}

int minorOf(const QString &version)
{
    static const QRegularExpression re(QStringLiteral("^v?(\\d+)\\.(\\d+)"));
    const auto m = re.match(version);
    return m.hasMatch() ? m.captured(2).toInt() : -1;
}

QString imageTagFor(QString version)
{
    return version.replace(QLatin1Char('+'), QLatin1Char('_'));
}

QString withImageTag(const QString &image, const QString &tag)
{
    // The tag follows the last ':' after the last '/' (a registry may carry a port).
    const auto slash = image.lastIndexOf(QLatin1Char('/'));
    const auto colon = image.lastIndexOf(QLatin1Char(':'));
    const QString repository = colon > slash ? image.left(colon) : image;
    return repository + QLatin1Char(':') + tag;
}

QString newBootId(const QString &node, quint64 boot)
{
    static const QUuid ns(QStringLiteral("{6f1c2b1e-5a43-4c51-9a55-1d3c0c1a7b30}"));
    return QUuid::createUuidV5(ns, node + QLatin1Char('#') + QString::number(boot))
        .toString(QUuid::WithoutBraces);
}

QString reportedKubeProxyVersion(const QString &kubeletVersion)
{
    const int minor = minorOf(kubeletVersion);
    return minor >= 0 && minor < 33 ? kubeletVersion : QString();
}

bool addDefaultTolerations(Pod &pod)
{
    // Mirrors the plugin's test: a toleration with that key (or no key) and effect NoExecute (or
    // no effect) already covers the taint.
    bool notReady = false;
    bool unreachable = false;
    for (const Toleration &t : std::as_const(pod.tolerations)) {
        const bool noExecute = t.effect.isEmpty() || t.effect == kEffectNoExecute;
        notReady = notReady || (noExecute && (t.key.isEmpty() || t.key == kTaintNotReady));
        unreachable = unreachable || (noExecute && (t.key.isEmpty() || t.key == kTaintUnreachable));
    }
    if (!notReady)
        pod.tolerations << exists(kTaintNotReady, kEffectNoExecute, SimTiming::kDefaultTolerationSeconds);
    if (!unreachable)
        pod.tolerations << exists(kTaintUnreachable, kEffectNoExecute, SimTiming::kDefaultTolerationSeconds);
    return !notReady || !unreachable;
}

const QList<Toleration> &daemonSetTolerations()
{
    static const QList<Toleration> tolerations{
        exists(kTaintNotReady, kEffectNoExecute),
        exists(kTaintUnreachable, kEffectNoExecute),
        exists(QStringLiteral("node.kubernetes.io/disk-pressure"), kEffectNoSchedule),
        exists(QStringLiteral("node.kubernetes.io/memory-pressure"), kEffectNoSchedule),
        exists(QStringLiteral("node.kubernetes.io/pid-pressure"), kEffectNoSchedule),
        exists(kTaintUnschedulable, kEffectNoSchedule),
    };
    return tolerations;
}

void addDaemonSetTolerations(QList<Toleration> &tolerations)
{
    for (const Toleration &t : daemonSetTolerations()) {
        if (!tolerations.contains(t))
            tolerations << t;
    }
}

} // namespace Slipway::KubeConventions
