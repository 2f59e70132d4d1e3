#include "sim/rehearsal/practicecopy.h"

namespace Slipway {

namespace {

int keepOnly(LabelMap &annotations)
{
    int dropped = 0;
    for (auto it = annotations.begin(); it != annotations.end();) {
        if (PracticeCopy::keepsAnnotation(it.key())) {
            ++it;
        } else {
            it = annotations.erase(it);
            ++dropped;
        }
    }
    return dropped;
}

} // namespace

bool PracticeCopy::keepsAnnotation(const QString &key)
{
    return key.startsWith(QLatin1String("kubernetes.io/config.")) || // static pods: mirror, source, hash
           key.startsWith(QLatin1String("slipway.io/cordon"));       // who cordoned a node, and why
}

ClusterSnapshot PracticeCopy::make(const ClusterSnapshot &source, PracticeCopySummary *summary)
{
    ClusterSnapshot copy = source;
    PracticeCopySummary s;
    for (Node &node : copy.nodes)
        s.annotationsDropped += keepOnly(node.annotations);
    for (Pod &pod : copy.pods) {
        s.annotationsDropped += keepOnly(pod.annotations);
        s.staticPods += pod.isMirror() ? 1 : 0;
        s.barePods += !pod.isMirror() && !pod.controllerRef() ? 1 : 0;
        s.emptyDirPods += pod.hasEmptyDir() ? 1 : 0;
    }
    for (Namespace &ns : copy.namespaces)
        s.annotationsDropped += keepOnly(ns.annotations);
    s.nodes = int(copy.nodes.size());
    s.pods = int(copy.pods.size());
    s.workloads = int(copy.workloads.size());
    s.pdbs = int(copy.pdbs.size());
    if (summary)
        *summary = s;
    return copy;
}

} // namespace Slipway
