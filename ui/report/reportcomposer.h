#pragma once

// The report's content, section by section, laid out through a ReportPager (internal to
// ReportWriter). The front matter (title block, summary, contents) and the body are composed
// separately so the contents can name the pages the body's headings land on.

#include "ui/report/reportpager.h"
#include "ui/report/reportwriter.h"
#include "ui/report/rundigest.h"

#include <QJsonArray>
#include <QLocale>

#include <memory>

namespace Slipway {

class TimelineModel;

class ReportComposer
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ReportComposer)

public:
    ReportComposer(const ReportSource &source, const ReportOptions &options);
    ~ReportComposer();

    void front(ReportPager &pager, const QList<ReportPager::Heading> &contents) const;
    void body(ReportPager &pager) const;

    QString title() const;
    QString fromTo() const; // "v1.34.3 → v1.35.8"
    QString generatedText() const;

private:
    // Front matter (reportcomposer.cpp).
    QList<std::pair<QString, QString>> titleBlock() const;
    QString summary() const;
    QString planSummary() const;
    QString runSummary() const;
    QString resultText() const;

    // Versions, findings, plan (reportplansections.cpp).
    void versions(ReportPager &pager, int no) const;
    void findings(ReportPager &pager, int no) const;
    void plan(ReportPager &pager, int no) const;
    void planSteps(ReportPager &pager, int hop) const;
    void drainPreview(ReportPager &pager, int no) const;
    QString afterVersion(const QString &node, const QString &before, const QString &target) const;

    // Execution, timeline, event log (reportrunsections.cpp).
    void execution(ReportPager &pager, int no) const;
    void nodeTable(ReportPager &pager) const;
    void nodeDetail(ReportPager &pager, const RunDigest::NodeRun &run) const;
    void overrides(ReportPager &pager, int no) const;
    void timeline(ReportPager &pager, int no) const;
    void eventLog(ReportPager &pager, int no) const;
    QString eventDetail(const RunEvent &event) const;

    // Formatting.
    QString dateTime(const QDateTime &time) const;  // "2026-12-02 13:31:07 KST (UTC+09:00)"
    QString clockTime(const QDateTime &time) const; // "13:31:07", with the date when the run spans days
    QString zoneText(const QDateTime &time) const;
    QString number(qint64 n) const { return m_locale.toString(n); }
    QString severityText(const QString &severity) const;
    QString stateText(const std::optional<NodeRunState> &state) const;
    static QString numbered(int no, const QString &title)
    {
        return QString::number(no) + QStringLiteral("  ") + title;
    }

    const ReportSource &m_source;
    const ReportOptions &m_options;
    QLocale m_locale;
    RunDigest m_digest;
    std::unique_ptr<TimelineModel> m_timeline;
    QJsonArray m_nodes; // plan.nodes
    QString m_from;     // the cluster version before
    QString m_target;   // the final target
    bool m_multiDay = false;
};

} // namespace Slipway
