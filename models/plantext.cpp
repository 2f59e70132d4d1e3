#include "models/plantext.h"

#include <algorithm>

namespace Slipway {

namespace {

const QString kPrefix = QStringLiteral("[upgrade/versions] ");

QList<QStringList> rowsOf(const QList<ComponentChange> &changes)
{
    QList<QStringList> rows;
    for (const ComponentChange &c : changes)
        rows << QStringList{c.component, c.node, c.current, c.target};
    return rows;
}

QString withoutV(const Version &v)
{
    // kubeadm prints "Cluster version: 1.32.4" (FACTS §3.4)
    QString raw = v.raw();
    if (raw.startsWith(QLatin1Char('v')))
        raw.remove(0, 1);
    return raw;
}

} // namespace

QString PlanText::table(const QStringList &header, const QList<QStringList> &rows)
{
    constexpr int minWidth = 10;
    constexpr int padding = 3;
    QList<QStringList> all{header};
    all << rows;
    QList<int> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(all)) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max<int>(widths[c], int(row.at(c).size()) + padding);
    }
    QString out;
    for (const QStringList &row : std::as_const(all)) {
        QString line;
        for (qsizetype c = 0; c < header.size(); ++c) {
            const QString cell = c < row.size() ? row.at(c) : QString();
            line += c + 1 < header.size() ? cell.leftJustified(std::max(minWidth, widths.at(c))) : cell;
        }
        // No trailing blanks when the last cells are empty.
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    }
    return out;
}

QString PlanText::findings(const QList<Finding> &findings)
{
    QString out;
    for (const Finding &f : findings) {
        const QString where = f.node.isEmpty() ? f.component : f.component + QLatin1Char('/') + f.node;
        out += QStringLiteral("  %1 %2 [%3] %4\n")
                   .arg(f.severityName().toUpper().leftJustified(7), f.rule, where, f.message);
        if (!f.fix.isEmpty())
            out += QStringLiteral("          ") + tr("fix: %1").arg(f.fix) + QLatin1Char('\n');
    }
    return out;
}

QString PlanText::steps(const UpgradePlan &plan)
{
    QString out;
    int number = 0;
    int hop = -1;
    for (const PlanStep &step : plan.steps) {
        if (step.hop != hop) {
            hop = step.hop;
            const PlanHop &h = plan.hops.at(hop);
            out += QLatin1Char('\n') +
                   tr("Hop %1 of %2: %3 -> %4")
                       .arg(hop + 1)
                       .arg(plan.hops.size())
                       .arg(h.from.toString(), h.to.toString()) +
                   QLatin1Char('\n');
        }
        ++number;
        QString line = QStringLiteral("%1. ").arg(number, 3);
        if (step.blocker)
            line += tr("[before the control plane] ");
        line += step.description;
        out += line + QLatin1Char('\n');
        for (const QString &command : step.commands) {
            const QStringList lines = command.split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < lines.size(); ++i)
                out += (i == 0 ? QStringLiteral("       $ ") : QStringLiteral("         ")) + lines.at(i) +
                       QLatin1Char('\n');
        }
    }
    return out;
}

QString PlanText::render(const UpgradePlan &plan)
{
    QString out;
    if (plan.clusterVersion.isValid())
        out += kPrefix + tr("Cluster version: %1").arg(withoutV(plan.clusterVersion)) + QLatin1Char('\n');
    if (plan.target.isValid())
        out += kPrefix + tr("Target version: %1").arg(plan.target.toString()) + QLatin1Char('\n');
    if (plan.latestInCurrentSeries.isValid())
        out += kPrefix +
               tr("Latest version in the %1 series: %2")
                   .arg(plan.clusterVersion.minorTag(), plan.latestInCurrentSeries.toString()) +
               QLatin1Char('\n');
    if (!plan.path.isEmpty()) {
        QStringList path;
        for (const Version &v : plan.path)
            path << v.toString();
        out += kPrefix + tr("Upgrade path: %1").arg(path.join(QLatin1String(" -> "))) + QLatin1Char('\n');
    }
    out += kPrefix +
           tr("Release data as of %1, today is %2")
               .arg(plan.catalogDate.toString(Qt::ISODate), plan.today.toString(Qt::ISODate)) +
           QLatin1Char('\n');
    if (plan.isUpToDate())
        out += QLatin1Char('\n') + tr("Awesome, you're up-to-date! Enjoy!") + QLatin1Char('\n');

    const QStringList header{QStringLiteral("COMPONENT"), QStringLiteral("NODE"), QStringLiteral("CURRENT"),
                             QStringLiteral("TARGET")};
    for (const PlanHop &hop : plan.hops) {
        out += QLatin1Char('\n');
        out += tr("Components that must be upgraded manually after you have upgraded the control plane with "
                  "'kubeadm upgrade apply':") +
               QLatin1Char('\n');
        out += table(header, rowsOf(hop.kubeletChanges));
        out += QLatin1Char('\n') + hop.title + QLatin1Char(':') + QStringLiteral("\n\n");
        out += table(header, rowsOf(hop.componentChanges));
        if (plan.kubeadmManaged) {
            out += QLatin1Char('\n') +
                   tr("You can now apply the upgrade by executing the following command:") +
                   QStringLiteral("\n\n\tkubeadm upgrade apply ") + hop.to.toString() + QLatin1Char('\n');
            out += QLatin1Char('\n') +
                   tr("Note: Before you can perform this upgrade, you have to update kubeadm to %1.")
                       .arg(hop.to.toString()) +
                   QLatin1Char('\n');
        }
        out += QLatin1Char('\n') + QString(69, QLatin1Char('_')) + QLatin1Char('\n');
    }

    out += QLatin1Char('\n') + tr("Findings:") + QLatin1Char('\n');
    out += plan.findings.isEmpty() ? QStringLiteral("  ") + tr("none") + QLatin1Char('\n')
                                   : findings(plan.findings);
    for (qsizetype i = 0; i < plan.hops.size(); ++i) {
        if (plan.hops.at(i).findings.isEmpty())
            continue;
        out += QLatin1Char('\n') +
               tr("Findings for hop %1 (%2):").arg(i + 1).arg(plan.hops.at(i).to.toString()) +
               QLatin1Char('\n') + findings(plan.hops.at(i).findings);
    }
    if (!plan.steps.isEmpty())
        out += QLatin1Char('\n') + tr("Steps:") + QLatin1Char('\n') + steps(plan);
    return out;
}

} // namespace Slipway
