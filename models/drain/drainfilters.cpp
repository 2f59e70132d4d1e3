#include "models/drain/drainfilters.h"

#include <functional>

namespace Slipway {

// kubectl's own texts are kept verbatim and untranslated: they are kubectl's output, they go into
// run events ("never translated", docs/run-events.md), and scripts compare them.
namespace DrainFilterText {
QString daemonSetFatal()
{
    return QStringLiteral("DaemonSet-managed Pods (use --ignore-daemonsets to ignore)");
}
QString daemonSetWarning()
{
    return QStringLiteral("ignoring DaemonSet-managed Pods");
}
QString localStorageFatal()
{
    return QStringLiteral("Pods with local storage (use --delete-emptydir-data to override)");
}
QString localStorageWarning()
{
    return QStringLiteral("deleting Pods with local storage");
}
QString unmanagedFatal()
{
    // kubectl 1.32's constant starts with "cannot delete" itself, so its error reads "cannot delete
    // cannot delete Pods that declare no controller …" (seen with the real kubectl, docs/drain.md).
    return QStringLiteral("cannot delete Pods that declare no controller (use --force to override)");
}
QString unmanagedWarning()
{
    return QStringLiteral("deleting Pods that declare no controller");
}
} // namespace DrainFilterText

namespace {

using Reason = DrainFilterResult::Reason;

DrainFilterResult okay()
{
    return {};
}

DrainFilterResult make(const char *filter, bool remove, Reason reason, const QString &message = {})
{
    return {remove, reason, message, QString::fromLatin1(filter)};
}

std::optional<OwnerReference> daemonSetController(const Pod &pod)
{
    // FACTS §5.2: the controller ownerRef, kind DaemonSet in apps/v1.
    const auto ref = pod.controllerRef();
    if (!ref || ref->kind != QLatin1String("DaemonSet") || ref->apiVersion != QLatin1String("apps/v1"))
        return std::nullopt;
    return ref;
}

DrainFilterResult skipDeletedFilter(const Pod &pod, const DrainOptions &options, const QDateTime &now)
{
    // Whole seconds since the deletionTimestamp, strictly more than the limit (filters.go).
    if (options.skipWaitForDeleteTimeoutSeconds > 0 && pod.deletionTimestamp &&
        pod.deletionTimestamp->secsTo(now) > options.skipWaitForDeleteTimeoutSeconds)
        return make("skip-deleted", false, Reason::Skip);
    return okay();
}

DrainFilterResult daemonSetFilter(const Pod &pod, const DrainOptions &options, const DaemonSetLookup &ds)
{
    if (!daemonSetController(pod) || pod.isFinished())
        return okay();
    switch (ds.result) {
    case DaemonSetLookup::Result::NotNeeded:
    case DaemonSetLookup::Result::Exists:
        break;
    case DaemonSetLookup::Result::NotFound:
        // An orphaned DaemonSet pod goes with --force, with the API error as its warning.
        if (options.force)
            return make("daemonset", true, Reason::Warning, ds.errorText);
        return make("daemonset", false, Reason::Error, ds.errorText);
    case DaemonSetLookup::Result::Failed:
        return make("daemonset", false, Reason::Error, ds.errorText);
    }
    if (!options.ignoreDaemonSets)
        return make("daemonset", false, Reason::Error, DrainFilterText::daemonSetFatal());
    return make("daemonset", false, Reason::Warning, DrainFilterText::daemonSetWarning());
}

DrainFilterResult mirrorPodFilter(const Pod &pod)
{
    // Static pods' mirrors cannot be deleted through the API (FACTS §5.2, §7.4).
    if (pod.isMirror())
        return make("mirror", false, Reason::Skip);
    return okay();
}

DrainFilterResult localStorageFilter(const Pod &pod, const DrainOptions &options)
{
    if (!pod.hasEmptyDir() || pod.isFinished())
        return okay();
    if (!options.deleteEmptyDirData)
        return make("local-storage", false, Reason::Error, DrainFilterText::localStorageFatal());
    return make("local-storage", true, Reason::Warning, DrainFilterText::localStorageWarning());
}

DrainFilterResult unreplicatedFilter(const Pod &pod, const DrainOptions &options)
{
    if (pod.isFinished() || pod.controllerRef())
        return okay();
    if (options.force)
        return make("unreplicated", true, Reason::Warning, DrainFilterText::unmanagedWarning());
    return make("unreplicated", false, Reason::Error, DrainFilterText::unmanagedFatal());
}

// Groups pod keys by message, keeping the order in which messages first appear.
QList<std::pair<QString, QStringList>> groupByMessage(const QList<DrainPodDecision> &items, Reason reason)
{
    QList<std::pair<QString, QStringList>> groups;
    for (const DrainPodDecision &item : items) {
        if (item.status.reason != reason)
            continue;
        QString message = item.status.message;
        if (message.isEmpty() && reason == Reason::Error)
            message = QStringLiteral("unexpected error");
        auto it =
            std::find_if(groups.begin(), groups.end(), [&](const auto &g) { return g.first == message; });
        if (it == groups.end())
            groups.append({message, {item.pod.key()}});
        else
            it->second.append(item.pod.key());
    }
    return groups;
}

} // namespace

bool needsDaemonSetLookup(const Pod &pod)
{
    return daemonSetController(pod).has_value() && !pod.isFinished();
}

DrainFilterResult filterPodForDrain(const Pod &pod, const DrainOptions &options, const QDateTime &now,
                                    const DaemonSetLookup &daemonSet)
{
    // kubectl's makeFilters() order; the chain stops at the first "don't delete".
    const std::function<DrainFilterResult()> filters[] = {
        [&] { return skipDeletedFilter(pod, options, now); },
        [&] { return daemonSetFilter(pod, options, daemonSet); },
        [&] { return mirrorPodFilter(pod); },
        [&] { return localStorageFilter(pod, options); },
        [&] { return unreplicatedFilter(pod, options); },
    };
    DrainFilterResult status;
    for (const auto &filter : filters) {
        status = filter();
        if (!status.remove)
            break;
    }
    return status;
}

QList<Pod> DrainPodList::podsToDelete() const
{
    QList<Pod> pods;
    for (const DrainPodDecision &item : items) {
        if (item.status.remove)
            pods.append(item.pod);
    }
    return pods;
}

QStringList DrainPodList::errors() const
{
    QStringList errors;
    for (const auto &[message, pods] : groupByMessage(items, Reason::Error))
        errors << QStringLiteral("cannot delete %1: %2").arg(message, pods.join(QLatin1String(", ")));
    return errors;
}

QString DrainPodList::warnings() const
{
    QStringList parts;
    for (const auto &[message, pods] : groupByMessage(items, Reason::Warning))
        parts << message + QLatin1String(": ") + pods.join(QLatin1String(", "));
    return parts.join(QLatin1String("; "));
}

QString aggregateErrors(const QStringList &errors)
{
    QStringList unique;
    for (const QString &e : errors) {
        if (!unique.contains(e))
            unique << e;
    }
    if (unique.size() == 1)
        return unique.constFirst();
    if (unique.isEmpty())
        return {};
    return QLatin1Char('[') + unique.join(QLatin1String(", ")) + QLatin1Char(']');
}

} // namespace Slipway
