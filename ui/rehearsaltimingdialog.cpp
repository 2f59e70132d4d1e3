#include "ui/rehearsaltimingdialog.h"

#include "models/goduration.h"
#include "models/run/runjournal.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Slipway {

namespace {

constexpr qint64 kLongestSeconds = 7 * 24 * 3600; // a rehearsal plays two weeks of virtual time at most

QLineEdit *makeEdit(const QString &objectName, qint64 defaultSeconds)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(timingSecondsText(defaultSeconds));
    edit->setClearButtonEnabled(true);
    edit->setMaximumWidth(140);
    return edit;
}

// Seconds ("45") or a Go duration ("90s", "2m", "1h30m"); empty: the default.
std::optional<qint64> readField(const QLineEdit *edit, const QString &name, qint64 defaultSeconds,
                                QString *error)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return defaultSeconds;
    bool isNumber = false;
    qint64 seconds = text.toLongLong(&isNumber);
    if (!isNumber) {
        const Result<qint64> parsed = parseGoDuration(text);
        if (!parsed.ok()) {
            *error =
                RehearsalTimingDialog::tr("%1: \"%2\" is not a duration. Give seconds (45) or a duration "
                                          "(90s, 2m, 1h30m).")
                    .arg(name, text);
            return std::nullopt;
        }
        seconds = *parsed;
    }
    if (seconds < 0) {
        *error = RehearsalTimingDialog::tr("%1: \"%2\" is negative; give 0 or more.").arg(name, text);
        return std::nullopt;
    }
    if (seconds > kLongestSeconds) {
        *error =
            RehearsalTimingDialog::tr("%1: %2 is longer than a week; a rehearsal plays two weeks at most.")
                .arg(name, timingSecondsText(seconds));
        return std::nullopt;
    }
    return seconds;
}

} // namespace

RehearsalTimingDialog::RehearsalTimingDialog(const RehearsalTimingChoice &choice, QWidget *parent)
    : QDialog(parent)
    , m_imagePull(makeEdit(QStringLiteral("imagePull"), SimTiming::kPodStartSeconds))
    , m_podStartup(makeEdit(QStringLiteral("podStartup"), SimTiming::kPodReadySeconds))
    , m_nodeUpgrade(makeEdit(QStringLiteral("nodeUpgrade"), SimTiming::kKubeletPackageSeconds))
    , m_staticPodStep(makeEdit(QStringLiteral("staticPodStep"), SimTiming::kStaticPodStepSeconds))
    , m_apiServerRestart(makeEdit(QStringLiteral("apiServerRestart"), SimTiming::kApiServerRestartSeconds))
    , m_stuckAfter(makeEdit(QStringLiteral("stuckAfter"), SimTiming::kStuckAfterSeconds))
    , m_calibrate(new QPushButton(tr("Calibrate from a &journal…")))
    , m_clearCalibration(new QPushButton(tr("Fo&rget the calibration")))
    , m_calibrationLabel(new QLabel)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                     QDialogButtonBox::RestoreDefaults))
{
    setObjectName(QStringLiteral("rehearsalTimingDialog"));
    setWindowTitle(tr("Rehearsal timing — Slipway"));
    auto *intro = new QLabel(
        tr("How long the practice cluster takes for what depends on your images and machines. The "
           "defaults are small values for cached images; a real run's journal can calibrate the node "
           "upgrade. Give seconds (45) or a duration (90s, 2m, 1h); an empty field is the default. Pod "
           "termination always follows each pod's own grace period."));
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    int row = 0;
    const auto addRow = [&](const QString &label, QLineEdit *edit, const QString &hint) {
        auto *name = new QLabel(label);
        name->setBuddy(edit);
        auto *help = new QLabel(hint);
        help->setWordWrap(true);
        help->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(name, row, 0);
        grid->addWidget(edit, row, 1);
        grid->addWidget(help, row, 2);
        edit->setToolTip(hint);
        ++row;
    };
    const auto dflt = [](qint64 seconds) {
        return timingSecondsText(seconds);
    };
    addRow(tr("&Image pull:"), m_imagePull,
           tr("a pod bound to a node → its containers running (--image-pull; default %1)")
               .arg(dflt(SimTiming::kPodStartSeconds)));
    addRow(tr("Pod &start-up:"), m_podStartup,
           tr("containers running → the pod Ready (--pod-startup; default %1)")
               .arg(dflt(SimTiming::kPodReadySeconds)));
    addRow(
        tr("&Node upgrade:"), m_nodeUpgrade,
        tr("the package upgrade before the kubelet restarts, which adds %1 (--node-upgrade; default %2)")
            .arg(dflt(SimTiming::kKubeletRestartNotReadySeconds), dflt(SimTiming::kKubeletPackageSeconds)));
    addRow(tr("Static &pod step:"), m_staticPodStep,
           tr("kubeadm replaces control-plane static pods this far apart (--static-pod-step; default %1)")
               .arg(dflt(SimTiming::kStaticPodStepSeconds)));
    addRow(tr("&API server restart:"), m_apiServerRestart,
           tr("a restarted kube-apiserver serves again after this; a single control-plane node's API is "
              "unavailable meanwhile (--api-server-restart; default %1)")
               .arg(dflt(SimTiming::kApiServerRestartSeconds)));
    addRow(tr("Stuck a&fter:"), m_stuckAfter,
           tr("a wait longer than this is a blocker and stops the rehearsal (--stuck-after; default %1)")
               .arg(dflt(SimTiming::kStuckAfterSeconds)));
    grid->setColumnStretch(2, 1);

    m_calibrate->setObjectName(QStringLiteral("calibrateFromJournal"));
    m_calibrate->setToolTip(tr("Set the node upgrade time from a real run's journal: the median of its "
                               "upgrade phases, less the kubelet restart (--calibrate-from)"));
    connect(m_calibrate, &QPushButton::clicked, this, &RehearsalTimingDialog::chooseJournal);
    m_clearCalibration->setObjectName(QStringLiteral("forgetCalibration"));
    connect(m_clearCalibration, &QPushButton::clicked, this, [this] {
        m_calibration.reset();
        m_calibrationError.clear();
        m_nodeUpgrade->clear();
        showCalibration();
    });
    m_calibrationLabel->setObjectName(QStringLiteral("calibration"));
    m_calibrationLabel->setWordWrap(true);
    m_calibrationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *calibrationRow = new QHBoxLayout;
    calibrationRow->addWidget(m_calibrate);
    calibrationRow->addWidget(m_clearCalibration);
    calibrationRow->addStretch(1);

    m_error->setObjectName(QStringLiteral("timingError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a61b1b; font-weight: bold; }"));
    m_error->hide();

    okButton()->setObjectName(QStringLiteral("timingOk"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &RehearsalTimingDialog::restoreDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addLayout(calibrationRow);
    layout->addWidget(m_calibrationLabel);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit :
         {m_imagePull, m_podStartup, m_nodeUpgrade, m_staticPodStep, m_apiServerRestart, m_stuckAfter})
        connect(edit, &QLineEdit::textChanged, this, &RehearsalTimingDialog::validate);
    setFields(choice);
    resize(760, sizeHint().height());
}

QPushButton *RehearsalTimingDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void RehearsalTimingDialog::setFields(const RehearsalTimingChoice &choice)
{
    const SimTimingModel defaults;
    const auto set = [](QLineEdit *edit, qint64 value, qint64 baseline) {
        edit->setText(value == baseline ? QString() : timingSecondsText(value));
    };
    m_calibration = choice.calibration;
    m_calibrationError.clear();
    set(m_imagePull, choice.timing.podStartSeconds, defaults.podStartSeconds);
    set(m_podStartup, choice.timing.podReadySeconds, defaults.podReadySeconds);
    // A calibrated value is shown: the field says what the rehearsal plays.
    m_nodeUpgrade->setText(choice.calibration ||
                                   choice.timing.kubeletPackageSeconds != defaults.kubeletPackageSeconds
                               ? timingSecondsText(choice.timing.kubeletPackageSeconds)
                               : QString());
    set(m_staticPodStep, choice.timing.staticPodStepSeconds, defaults.staticPodStepSeconds);
    set(m_apiServerRestart, choice.timing.apiServerRestartSeconds, defaults.apiServerRestartSeconds);
    set(m_stuckAfter, choice.stuckSeconds, SimTiming::kStuckAfterSeconds);
    showCalibration();
}

void RehearsalTimingDialog::restoreDefaults()
{
    setFields(RehearsalTimingChoice{});
}

std::optional<RehearsalTimingChoice> RehearsalTimingDialog::choice() const
{
    RehearsalTimingChoice c;
    c.calibration = m_calibration;
    QString error;
    const SimTimingModel defaults;
    const qint64 nodeUpgradeDefault =
        m_calibration ? m_calibration->nodeUpgradeSeconds : defaults.kubeletPackageSeconds;
    const auto imagePull = readField(m_imagePull, tr("Image pull"), defaults.podStartSeconds, &error);
    const auto podStartup = readField(m_podStartup, tr("Pod start-up"), defaults.podReadySeconds, &error);
    const auto nodeUpgrade = readField(m_nodeUpgrade, tr("Node upgrade"), nodeUpgradeDefault, &error);
    const auto staticPodStep =
        readField(m_staticPodStep, tr("Static pod step"), defaults.staticPodStepSeconds, &error);
    const auto apiServer =
        readField(m_apiServerRestart, tr("API server restart"), defaults.apiServerRestartSeconds, &error);
    const auto stuck = readField(m_stuckAfter, tr("Stuck after"), SimTiming::kStuckAfterSeconds, &error);
    if (!imagePull || !podStartup || !nodeUpgrade || !staticPodStep || !apiServer || !stuck || *stuck <= 0)
        return std::nullopt;
    c.timing.podStartSeconds = *imagePull;
    c.timing.podReadySeconds = *podStartup;
    c.timing.kubeletPackageSeconds = *nodeUpgrade;
    c.timing.staticPodStepSeconds = *staticPodStep;
    c.timing.apiServerRestartSeconds = *apiServer;
    c.stuckSeconds = *stuck;
    return c;
}

void RehearsalTimingDialog::validate()
{
    // The first problem, in the order of the fields (choice() reads them the same way).
    QString error;
    const struct
    {
        QLineEdit *edit;
        QString name;
    } fields[] = {{m_imagePull, tr("Image pull")},
                  {m_podStartup, tr("Pod start-up")},
                  {m_nodeUpgrade, tr("Node upgrade")},
                  {m_staticPodStep, tr("Static pod step")},
                  {m_apiServerRestart, tr("API server restart")},
                  {m_stuckAfter, tr("Stuck after")}};
    for (const auto &field : fields) {
        const auto value = readField(field.edit, field.name, 0, &error);
        if (!value)
            break;
        if (field.edit == m_stuckAfter && !field.edit->text().trimmed().isEmpty() && *value <= 0) {
            error = tr("Stuck after must be longer than 0: a rehearsal needs time to wait.");
            break;
        }
    }
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    okButton()->setEnabled(error.isEmpty() && choice().has_value());
}

void RehearsalTimingDialog::chooseJournal()
{
    const QString runs = QFileInfo(RunJournal::defaultPath(QStringLiteral("run"))).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Calibrate from a run's journal"),
                                                      QDir(runs).exists() ? runs : QDir::homePath(),
                                                      tr("Run journals (*.jsonl);;All files (*)"));
    if (!path.isEmpty())
        calibrateFrom(path);
}

bool RehearsalTimingDialog::calibrateFrom(const QString &journal)
{
    SimTimingModel model;
    if (const auto current = choice())
        model = current->timing;
    const Result<TimingCalibration> calibration = TimingCalibration::fromJournal(journal, model);
    if (!calibration.ok()) {
        m_calibrationError = tr("That journal cannot calibrate: %1").arg(calibration.errorText());
        showCalibration();
        return false;
    }
    m_calibration = calibration.value();
    m_calibrationError.clear();
    m_nodeUpgrade->setText(timingSecondsText(m_calibration->nodeUpgradeSeconds));
    showCalibration();
    return true;
}

void RehearsalTimingDialog::showCalibration()
{
    m_clearCalibration->setEnabled(m_calibration.has_value());
    if (!m_calibrationError.isEmpty()) {
        m_calibrationLabel->setStyleSheet(QStringLiteral("QLabel { color: #a61b1b; }"));
        m_calibrationLabel->setText(m_calibrationError);
        return;
    }
    m_calibrationLabel->setStyleSheet(QString());
    m_calibrationLabel->setText(m_calibration ? m_calibration->note()
                                              : tr("Not calibrated: the node upgrade is the default or "
                                                   "the value above."));
}

} // namespace Slipway
