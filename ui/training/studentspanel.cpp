#include "ui/training/studentspanel.h"

#include "ui/training/classroomserver.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Slipway {

namespace {

constexpr int kMaxActivity = 500;

// "nodes" → "node": kubectl's singular for the kinds of this chapter.
QString singular(const QString &resource)
{
    if (resource.endsWith(QLatin1String("ies")))
        return resource.chopped(3) + QLatin1Char('y');
    if (resource.endsWith(QLatin1Char('s')))
        return resource.chopped(1);
    return resource;
}

} // namespace

StudentsPanel::StudentsPanel(ClassroomServer *server, QWidget *parent)
    : QWidget(parent)
    , m_server(server)
    , m_kubeconfig(new QLabel)
    , m_copyPath(new QPushButton(tr("Copy &path")))
    , m_copyFile(new QPushButton(tr("Copy &kubeconfig")))
    , m_commands(new QPlainTextEdit)
    , m_activity(new QListWidget)
    , m_activityTitle(new QLabel)
{
    m_kubeconfig->setObjectName(QStringLiteral("studentKubeconfig"));
    m_kubeconfig->setWordWrap(true);
    m_kubeconfig->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_copyPath->setObjectName(QStringLiteral("copyKubeconfigPath"));
    m_copyFile->setObjectName(QStringLiteral("copyKubeconfig"));
    m_copyFile->setToolTip(tr("The file's contents, to paste into the students' ~/.kube/config"));
    connect(m_copyPath, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_server->kubeconfigPath()); });
    connect(m_copyFile, &QPushButton::clicked, this, [this] {
        QFile file(m_server->kubeconfigPath());
        if (file.open(QIODevice::ReadOnly))
            QApplication::clipboard()->setText(QString::fromUtf8(file.readAll()));
    });
    m_commands->setObjectName(QStringLiteral("studentCommands"));
    m_commands->setAccessibleName(tr("Commands for the students to try"));
    m_commands->setReadOnly(true);
    m_commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commands->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_activity->setObjectName(QStringLiteral("studentActivity"));
    m_activity->setAccessibleName(tr("Students' requests on the shared cluster"));
    m_activity->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copyPath);
    copyRow->addWidget(m_copyFile);
    copyRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_kubeconfig);
    layout->addLayout(copyRow);
    auto *try_ = new QLabel(tr("&Commands to try:"));
    try_->setBuddy(m_commands);
    layout->addWidget(try_);
    layout->addWidget(m_commands, 1);
    m_activityTitle->setBuddy(m_activity);
    layout->addWidget(m_activityTitle);
    layout->addWidget(m_activity, 2);

    connect(server, &ClassroomServer::servingChanged, this, &StudentsPanel::updateServer);
    connect(server, &ClassroomServer::request, this, &StudentsPanel::addRequest);
    updateServer();
    setCommands({});
}

void StudentsPanel::updateServer()
{
    if (!m_server->isServing()) {
        m_kubeconfig->setText(m_server->error().isEmpty()
                                  ? tr("Choose a lesson: its cluster is served to the students.")
                                  : m_server->error());
    } else {
        m_kubeconfig->setText(
            tr("<b>Students connect with this kubeconfig:</b> %1<br>API server %2 (this computer only: "
               "students "
               "work on it, e.g. over SSH). It stays the same when the lesson restarts.")
                .arg(m_server->kubeconfigPath().toHtmlEscaped(), m_server->serverUrl().toHtmlEscaped()));
    }
    m_copyPath->setEnabled(m_server->isServing());
    m_copyFile->setEnabled(m_server->isServing());
    m_activityTitle->setText(
        tr("&Students' kubectl on the shared cluster (%n request(s)):", nullptr, m_requests));
}

void StudentsPanel::setCommands(const QStringList &commands)
{
    QStringList lines{QStringLiteral("export KUBECONFIG=%1").arg(m_server->kubeconfigPath()),
                      QStringLiteral("kubectl get nodes"), QStringLiteral("kubectl get pods -o wide"),
                      QStringLiteral("kubectl get events -A --watch")};
    for (const QString &command : commands) {
        if (!lines.contains(command))
            lines << command;
    }
    m_commands->setPlainText(lines.join(QLatin1Char('\n')));
}

QString StudentsPanel::describe(const QString &method, const QString &path, int status)
{
    const QUrl url(path);
    QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // /api/v1/… or /apis/<group>/<version>/…; discovery and OpenAPI are kubectl's own business.
    if (parts.value(0) == QLatin1String("api"))
        parts = parts.mid(2);
    else if (parts.value(0) == QLatin1String("apis"))
        parts = parts.mid(3);
    else
        return {};
    if (parts.isEmpty())
        return {};
    QString ns;
    if (parts.value(0) == QLatin1String("namespaces") && parts.size() > 2) {
        ns = parts.at(1);
        parts = parts.mid(2);
    }
    const bool watch = QUrlQuery(url).queryItemValue(QStringLiteral("watch")) == QLatin1String("true");
    QString verb = method.toLower();
    if (verb == QLatin1String("get"))
        verb = watch              ? QStringLiteral("watch")
               : parts.size() > 1 ? QStringLiteral("get")
                                  : QStringLiteral("list");
    else if (verb == QLatin1String("post") && parts.value(2) == QLatin1String("eviction"))
        verb = QStringLiteral("evict");
    QString what = parts.size() > 1 ? singular(parts.at(0)) + QLatin1Char(' ') + parts.at(1) : parts.at(0);
    if (parts.size() > 2 && parts.at(2) != QLatin1String("eviction"))
        what += QLatin1Char('/') + parts.at(2);
    if (!ns.isEmpty())
        what += QStringLiteral(" -n ") + ns;
    return QStringLiteral("%1 %2 → %3").arg(verb, what).arg(status);
}

void StudentsPanel::addRequest(const QDateTime &at, const QString &method, const QString &path, int status)
{
    const QString line = describe(method, path, status);
    if (line.isEmpty())
        return;
    ++m_requests;
    auto *item =
        new QListWidgetItem(at.toLocalTime().toString(QStringLiteral("HH:mm:ss  ")) + line, m_activity);
    if (method != QLatin1String("GET")) { // a change to the shared cluster: the class should see it
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
    }
    if (status >= 400)
        item->setForeground(QColor(0xc6, 0x28, 0x28));
    while (m_activity->count() > kMaxActivity)
        delete m_activity->takeItem(0);
    m_activity->scrollToBottom();
    m_activityTitle->setText(
        tr("&Students' kubectl on the shared cluster (%n request(s)):", nullptr, m_requests));
}

} // namespace Slipway
