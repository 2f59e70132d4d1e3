#include "ui/wizard/clusterpage.h"

#include "models/clustersession.h"
#include "models/skewpolicy.h"
#include "ui/findingsview.h"
#include "ui/wizard/upgradewizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QMap>
#include <QTableView>
#include <QVBoxLayout>

namespace Slipway {

namespace {
QLabel *valueLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}
} // namespace

ClusterPage::ClusterPage(UpgradeWizard *wizard)
    : m_wizard(wizard)
    , m_context(valueLabel(QStringLiteral("wizardContext")))
    , m_liveWarning(new QLabel)
    , m_versions(valueLabel(QStringLiteral("wizardVersions")))
    , m_nodes(valueLabel(QStringLiteral("wizardNodes")))
    , m_summary(valueLabel(QStringLiteral("wizardFindingsSummary")))
    , m_findings(new FindingsView(this))
{
    setObjectName(QStringLiteral("clusterPage"));
    setTitle(tr("Cluster"));
    setSubTitle(tr("The cluster this run will change, its versions and what the skew policy finds now."));
    m_liveWarning->setObjectName(QStringLiteral("liveWarning"));
    m_liveWarning->setWordWrap(true);
    m_liveWarning->setStyleSheet(QStringLiteral("color: #b26a00; font-weight: bold"));

    auto *form = new QFormLayout;
    form->addRow(tr("Context:"), m_context);
    form->addRow(tr("Versions:"), m_versions);
    form->addRow(tr("Nodes:"), m_nodes);
    form->addRow(tr("Findings:"), m_summary);
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->view()->setAccessibleName(tr("Findings of the current plan"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_liveWarning);
    layout->addLayout(form);
    layout->addWidget(m_findings, 1);

    connect(wizard, &UpgradeWizard::planChanged, this, &ClusterPage::showFindings);
}

void ClusterPage::initializePage()
{
    showCluster();
    showFindings();
}

void ClusterPage::showCluster()
{
    const ClusterSession *session = m_wizard->session();
    const ClusterSnapshot &snapshot = session->snapshot();
    m_context->setText(session->info().title.isEmpty() ? snapshot.name : session->info().title);
    m_liveWarning->setText(session->info().practice
                               ? tr("Practice cluster: nothing here touches a real cluster.")
                               : tr("Live cluster: every step of the run changes it for real."));
    m_liveWarning->setStyleSheet(
        session->info().practice ? QString() : QStringLiteral("color: #b26a00; font-weight: bold"));

    const Version cluster = SkewPolicy::clusterVersion(snapshot);
    QMap<QString, int> kubelets; // version → nodes
    int controlPlanes = 0, cordoned = 0, notReady = 0;
    for (const Node &node : snapshot.nodes) {
        ++kubelets[node.kubeletVersion];
        controlPlanes += node.isControlPlane() ? 1 : 0;
        cordoned += node.unschedulable ? 1 : 0;
        notReady += node.ready == ConditionStatus::True ? 0 : 1;
    }
    QStringList kubeletText;
    for (auto it = kubelets.constBegin(); it != kubelets.constEnd(); ++it)
        kubeletText << tr("%1 × %n", nullptr, it.value()).arg(it.key());
    m_versions->setText(tr("control plane %1 · kubelets %2")
                            .arg(cluster.isValid() ? cluster.toString() : tr("unknown"),
                                 kubeletText.join(QStringLiteral(", "))));
    QString nodes = tr("%n node(s)", nullptr, int(snapshot.nodes.size())) + QStringLiteral(" · ") +
                    tr("%n control-plane", nullptr, controlPlanes);
    if (cordoned > 0)
        nodes += QStringLiteral(" · ") + tr("%n cordoned", nullptr, cordoned);
    if (notReady > 0)
        nodes += QStringLiteral(" · ") + tr("%n not Ready", nullptr, notReady);
    m_nodes->setText(nodes);
}

void ClusterPage::showFindings()
{
    const UpgradePlan &plan = m_wizard->draft().plan;
    if (plan.nodes.isEmpty() && !plan.refused) {
        m_summary->setText(tr("Planning…"));
        return;
    }
    m_findings->setPlan(plan);
    const FindingTableModel *model = m_findings->model();
    m_summary->setText(tr("%1 · %2 · %3")
                           .arg(tr("%n error(s)", nullptr, model->countOf(Finding::Severity::Error)),
                                tr("%n warning(s)", nullptr, model->countOf(Finding::Severity::Warning)),
                                tr("%n note(s)", nullptr, model->countOf(Finding::Severity::Info))));
}

} // namespace Slipway
