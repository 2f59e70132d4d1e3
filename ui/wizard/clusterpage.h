#pragma once

#include <QWizardPage>

class QLabel;

namespace Slipway {

class FindingsView;
class UpgradeWizard;

// Page 1: which cluster (context, practice or live), its versions, and the findings summary of
// the current plan (the same findings table as the main window's).
class ClusterPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ClusterPage(UpgradeWizard *wizard);

    void initializePage() override;
    FindingsView *findingsView() const { return m_findings; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    void showCluster();
    void showFindings();

    UpgradeWizard *m_wizard;
    QLabel *m_context;
    QLabel *m_liveWarning;
    QLabel *m_versions;
    QLabel *m_nodes;
    QLabel *m_summary;
    FindingsView *m_findings;
};

} // namespace Slipway
