#pragma once

#include <QHash>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Slipway {

class NodeOrderList;
class UpgradeWizard;
struct WizardDraft;

// Page 4: how the run goes — rolling (max unavailable, soak), all at once (with its downtime
// warning) or surge; the node order (control plane first, the rest reorderable by drag and by
// Alt+Up/Alt+Down); who does the middle step (practice agent, manual, a command template); where
// to stop and ask; and an estimate of how long it takes.
class StrategyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit StrategyPage(UpgradeWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // Pods to evict per node, from the pre-flight (feeds the estimate).
    void setPodsPerNode(const QHash<QString, int> &pods);
    // A rough duration: the phases' typical lengths, waves by strategy. Seconds.
    static qint64 estimateSeconds(const WizardDraft &draft, const QHash<QString, int> &podsPerNode,
                                  const QStringList &controlPlanes);

    NodeOrderList *orderList() const { return m_order; }
    QRadioButton *rollingButton() const { return m_rolling; }
    QRadioButton *allAtOnceButton() const { return m_allAtOnce; }
    QRadioButton *surgeButton() const { return m_surge; }
    QSpinBox *maxUnavailableBox() const { return m_maxUnavailable; }
    QSpinBox *soakBox() const { return m_soak; }
    QComboBox *executorBox() const { return m_executor; }
    QLineEdit *templateEdit() const { return m_template; }
    QCheckBox *gateNodeBox() const { return m_gateNode; }
    QCheckBox *gateUncordonBox() const { return m_gateUncordon; }
    QLabel *downtimeWarning() const { return m_downtime; }
    QLabel *estimateLabel() const { return m_estimate; }
    QLabel *preflightLabel() const { return m_preflight; }
    // "Rehearse…": this strategy, order and the pre-flight's drain options on a practice copy.
    QPushButton *rehearseButton() const { return m_rehearse; }

private:
    QWidget *createStrategyBox();
    QWidget *createExecutorBox();
    void writeDraft(WizardDraft &draft) const;
    void updateState();
    void recheckPreflight();
    void showPreflight();

    UpgradeWizard *m_wizard;
    QRadioButton *m_rolling;
    QRadioButton *m_allAtOnce;
    QRadioButton *m_surge;
    QSpinBox *m_maxUnavailable;
    QSpinBox *m_soak;
    QSpinBox *m_surgeNodes;
    QLabel *m_downtime;
    NodeOrderList *m_order;
    QComboBox *m_executor;
    QLineEdit *m_template;
    QCheckBox *m_gateNode;
    QCheckBox *m_gateUncordon;
    QLabel *m_estimate;
    QLabel *m_preflight;
    QPushButton *m_rehearse;
    QHash<QString, int> m_podsPerNode;
    QStringList m_controlPlanes;
};

} // namespace Slipway
