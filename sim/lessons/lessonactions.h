#pragma once

// Executes a lesson step's action on the practice cluster (docs/lessons.md): trainer operations
// (power, reboot), kubectl's writes (cordon, scale, delete), the node upgrade agent (kubeadm
// upgrade apply/node + kubelet), lesson 4's sandbox edits. Internal to sim_lessons.

#include "sim/lessons/lesson.h"
#include "sim/lessons/lessoncontext.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <memory>

namespace Slipway {

class SimClusterApi;
class VirtualRunClock;

class LessonActionRunner : public QObject
{
    Q_OBJECT
public:
    // Called once per start(): empty on success, else one sentence saying what went wrong.
    using Done = std::function<void(const QString &problem)>;

    LessonActionRunner(LessonContext *context, QObject *parent = nullptr);
    ~LessonActionRunner() override;

    void setFast(bool fast) { m_fast = fast; }
    void start(const LessonAction &action, const Done &done);

Q_SIGNALS:
    void log(const QString &line);

private:
    QString runNow(const LessonAction &action);
    // kubectl drain through NodeDrainer over SimClusterApi (docs/in-process-runs.md); as fast as
    // possible the VirtualTimeDriver plays it, in real time the running clock does.
    void drain(const LessonAction &action, const Done &done);

    LessonContext *m_ctx;
    bool m_fast = false;
    std::unique_ptr<SimClusterApi> m_api;
    std::unique_ptr<VirtualRunClock> m_runClock;
};

} // namespace Slipway
