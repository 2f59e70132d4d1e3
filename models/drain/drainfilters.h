#pragma once

// kubectl drain's pod filter chain (FACTS §5.2 step 3, KCTL pkg/drain/filters.go) as pure
// functions: one pod, the drain options, the time, and what is known about a DaemonSet that
// controls the pod → delete / skip / keep with a warning / error, with kubectl's texts. Used by
// NodeDrainer (live drains) and the drain preview. Qt Core only.

#include "models/clustersnapshot.h"
#include "models/drain/drainoptions.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Slipway {

// The answer of `GET apps/v1 DaemonSet <ns>/<name>` for a DaemonSet-controlled pod.
struct DaemonSetLookup
{
    enum class Result
    {
        NotNeeded, // the pod is not DaemonSet-controlled, or finished (needsDaemonSetLookup() false)
        Exists,
        NotFound,
        Failed, // any other error
    };
    Result result = Result::NotNeeded;
    // The API error's text for NotFound/Failed, e.g. `daemonsets.apps "fluentd" not found`.
    QString errorText;
};

// kubectl's PodDeleteStatus.
struct DrainFilterResult
{
    enum class Reason
    {
        Okay,
        Skip,
        Warning,
        Error,
    };
    bool remove = true; // kubectl's Delete: the pod is evicted/deleted
    Reason reason = Reason::Okay;
    QString message; // warning or error text, e.g. "ignoring DaemonSet-managed Pods"
    // Which filter decided: "skip-deleted", "daemonset", "mirror", "local-storage", "unreplicated",
    // or "" when every filter passed.
    QString filter;

    friend bool operator==(const DrainFilterResult &, const DrainFilterResult &) = default;
};

// kubectl's texts (KCTL pkg/drain/filters.go).
namespace DrainFilterText {
QString daemonSetFatal();   // "DaemonSet-managed Pods (use --ignore-daemonsets to ignore)"
QString daemonSetWarning(); // "ignoring DaemonSet-managed Pods"
QString localStorageFatal();
QString localStorageWarning();
QString unmanagedFatal();
QString unmanagedWarning();
} // namespace DrainFilterText

// True when the DaemonSet filter needs the pod's DaemonSet looked up (a live, DaemonSet-controlled
// pod); the name is the controller ref's.
bool needsDaemonSetLookup(const Pod &pod);

// The filters in kubectl's order: skip-deleted, DaemonSet, mirror, local storage, unreplicated.
// The first one that says "don't delete" ends the chain; otherwise the last one's status is kept
// (so an earlier warning is dropped, as in kubectl).
DrainFilterResult filterPodForDrain(const Pod &pod, const DrainOptions &options, const QDateTime &now,
                                    const DaemonSetLookup &daemonSet = {});

// One pod and its filter result, in list order.
struct DrainPodDecision
{
    Pod pod;
    DrainFilterResult status;
};

// kubectl's PodDeleteList: which pods go, the aggregated warnings and errors.
struct DrainPodList
{
    QList<DrainPodDecision> items;

    QList<Pod> podsToDelete() const;
    // "cannot delete <msg>: ns/a, ns/b" per distinct message, in order of first appearance.
    QStringList errors() const;
    // "<msg>: ns/a, ns/b" per distinct message joined by "; " (kubectl prints "Warning: " first).
    QString warnings() const;
};

// utilerrors.NewAggregate's text: one error as is, several as "[a, b]" (duplicates dropped).
QString aggregateErrors(const QStringList &errors);

} // namespace Slipway
