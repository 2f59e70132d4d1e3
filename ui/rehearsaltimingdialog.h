#pragma once

// The rehearsal's timing model in the GUI (issue 14, docs/rehearsal.md "In the GUI"): what
// `slipway rehearse --image-pull --pod-startup --node-upgrade --static-pod-step
// --api-server-restart --stuck-after --calibrate-from` set on the command line, as a dialog.
// Each field takes seconds (45) or a duration (90s, 2m, 1h); an empty field is the default. A
// value that is not a duration, or a journal that cannot calibrate, is said in the dialog and OK
// waits until it is fixed.

#include "models/run/rehearsaltiming.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Slipway {

class RehearsalTimingDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RehearsalTimingDialog(const RehearsalTimingChoice &choice, QWidget *parent = nullptr);

    // The fields as a choice; std::nullopt while one of them is not a duration.
    std::optional<RehearsalTimingChoice> choice() const;
    // Reads a real run's journal as --calibrate-from does and puts the node upgrade time it gives
    // into its field; a journal that cannot be used leaves everything as it was and says why.
    bool calibrateFrom(const QString &journal);
    void restoreDefaults();

    QLineEdit *imagePullEdit() const { return m_imagePull; }
    QLineEdit *podStartupEdit() const { return m_podStartup; }
    QLineEdit *nodeUpgradeEdit() const { return m_nodeUpgrade; }
    QLineEdit *staticPodStepEdit() const { return m_staticPodStep; }
    QLineEdit *apiServerRestartEdit() const { return m_apiServerRestart; }
    QLineEdit *stuckAfterEdit() const { return m_stuckAfter; }
    QPushButton *calibrateButton() const { return m_calibrate; }
    QLabel *calibrationLabel() const { return m_calibrationLabel; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *okButton() const;

private:
    void chooseJournal();
    void validate();
    void showCalibration();
    void setFields(const RehearsalTimingChoice &choice);

    std::optional<TimingCalibration> m_calibration;
    QString m_calibrationError;
    QLineEdit *m_imagePull;
    QLineEdit *m_podStartup;
    QLineEdit *m_nodeUpgrade;
    QLineEdit *m_staticPodStep;
    QLineEdit *m_apiServerRestart;
    QLineEdit *m_stuckAfter;
    QPushButton *m_calibrate;
    QPushButton *m_clearCalibration;
    QLabel *m_calibrationLabel;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Slipway
