#pragma once

// The lesson model (docs/lessons.md): a Lesson is a practice scenario plus an ordered list of
// steps; each step narrates, shows the kubectl/kubeadm command it corresponds to, acts on the
// simulator and then shows what can be observed. Value types only; LessonPlayer
// (sim/lessons/lessonplayer.h) plays them. Qt Core only: the GUI's presenter view and
// `slipway lesson run` both sit on top of this.

#include "models/drain/drainoptions.h"
#include "models/finding.h"
#include "models/run/runspec.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>

namespace Slipway {

class Simulator;
struct LessonContext;

// A sentence written in English in the source and translated through the "Slipway::Lessons"
// context (Korean from translations/slipway_ko.ts). `source` is a QT_TRANSLATE_NOOP literal, so
// lupdate finds it; `args` fill %1, %2… in both languages. The presenter view can show both.
struct LessonText
{
    const char *source = nullptr;
    QStringList args;

    QString text() const;    // in the installed language
    QString english() const; // the source with its arguments
    bool isEmpty() const { return source == nullptr || *source == '\0'; }
};

// What a step does to the practice cluster. The player executes it, then lets `waitSeconds`
// of virtual time pass (or less when `until` holds earlier).
struct LessonAction
{
    enum class Kind
    {
        None,                // narration only (e.g. "upgrade kubeadm first": packages, no cluster change)
        PowerOff,            // node: kubelet stops heart-beating (Simulator::powerOffNode)
        PowerOn,             // node
        Reboot,              // node, seconds = time the node is down
        Cordon,              // node: spec.unschedulable = true, as kubectl cordon
        Uncordon,            // node
        Drain,               // node: kubectl drain --ignore-daemonsets --force, in-process (NodeDrainer)
        Scale,               // target = "namespace/deployment", replicas
        DeletePod,           // target = "namespace/pod"
        UpgradeControlPlane, // node, version: kubeadm upgrade apply (static pods one after the other)
        UpgradeNode,         // node, version: kubeadm upgrade node + kubelet upgrade + restart
        Run,                 // run: an UpgradeRunner run in-process on the virtual clock
        SetVersion,          // lesson 4's sandbox: component (kubelet, kube-proxy, kube-apiserver…) on node
        Custom,              // custom(context)
    };

    Kind kind = Kind::None;
    QString node;
    QString target;     // Scale, DeletePod: "namespace/name"
    QString version;    // UpgradeControlPlane, UpgradeNode, SetVersion
    QString component;  // SetVersion
    int replicas = 0;   // Scale
    qint64 seconds = 0; // Reboot: downtime
    RunSpec run;        // Run
    // Drain: kubectl drain's flags (--ignore-daemonsets is always on; force for bare pods).
    DrainOptions drain;
    std::function<void(LessonContext &)> custom;

    // Virtual seconds the step lasts after the action (0: the next step follows at once).
    qint64 waitSeconds = 0;
    // Optional: the step ends as soon as this holds (checked after every clock step), at the
    // latest after waitSeconds.
    std::function<bool(const LessonContext &)> until;
};

// A machine-checkable fact a step expects to hold once it has finished ("pod default/green does
// not exist"). Evaluated by the player; tests and `slipway lesson run` report them.
struct LessonCheck
{
    QString id; // stable, e.g. "green-gone"
    LessonText description;
    std::function<bool(const LessonContext &)> holds;
};

struct LessonCheckResult
{
    QString id;
    QString description; // translated
    bool holds = false;
};

// One row of lesson 6's comparison table (or any measured table a lesson shows).
struct LessonTableRow
{
    QString label;     // "all at once"
    QStringList cells; // measured values, formatted
};

struct LessonTable
{
    QStringList headers; // translated column headings; the first heads the labels
    QList<LessonTableRow> rows;
};

// What is shown after a step: a short "observed state" text (kubectl-like lines), the results of
// the step's checks, and for some lessons skew findings or a measured table.
struct LessonObservation
{
    int stepIndex = -1;
    qint64 virtualSeconds = 0; // since the lesson started, on the simulator's clock
    QString state;             // multi-line, e.g. "NAME STATUS …" rows of the nodes and pods involved
    QList<LessonCheckResult> checks;
    QList<Finding> findings; // lesson 4: SkewPolicy findings of the sandbox
    LessonTable table;       // lesson 6: strategies side by side
    bool allChecksHold() const;
};

// What a step observes: which nodes/pods the state text shows, plus extras.
struct LessonObserve
{
    QStringList nodes;     // nodes to list ("NAME STATUS ROLES VERSION"); empty = all
    QStringList podsOf;    // pods whose name starts with one of these ("blue", "green"); empty = none
    bool findings = false; // include the sandbox's skew findings (lesson 4)
    bool table = false;    // include the lesson's measured table (lesson 6)
    std::function<QString(const LessonContext &)> extra; // more lines (translated)
};

struct LessonStep
{
    QString id; // stable within the lesson, e.g. "power-off"
    LessonText title;
    LessonText narration; // for students, a few sentences
    QString command;      // the kubectl/kubeadm command(s) it corresponds to, one per line; copyable
    LessonAction action;
    LessonObserve observe;
    QList<LessonCheck> checks;
};

struct Lesson
{
    int number = 0; // 1…6, as in the course
    QString id;     // "node-down"
    LessonText title;
    LessonText summary;
    QString scenario; // bundled scenario name ("lesson-node-down")
    QList<LessonStep> steps;
};

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::LessonObservation)
