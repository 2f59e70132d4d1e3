#pragma once

// Runs that were interrupted (Slipway closed or killed mid-run): journals in the default journal
// folder that started and never finished, for the cluster now open. The main window offers to
// bring the wizard back at the run page for them.

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Slipway {

struct InterruptedRun
{
    QString journalPath;
    QString kind; // upgrade | maintenance
    QString clusterName;
    QDateTime createdAt;
    int nodes = 0;
    int nodesDone = 0;
};

class ResumeOffer
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ResumeOffer)

public:
    // Newest first. `folder` empty: where RunJournal::defaultPath() puts journals.
    static QList<InterruptedRun> find(const QString &clusterName, const QString &folder = {});
    // "An upgrade of default was interrupted on 2026-12-02 13:40 with 3 of 9 nodes done."
    static QString describe(const InterruptedRun &run);
};

} // namespace Slipway
