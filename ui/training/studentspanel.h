#pragma once

// The "Students" panel of the training window: the kubeconfig to hand out (the lesson's cluster
// served by ClassroomServer), the commands to try in this lesson, and the students' kubectl
// requests on the shared cluster as they arrive.

#include <QDateTime>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Slipway {

class ClassroomServer;

class StudentsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StudentsPanel(ClassroomServer *server, QWidget *parent = nullptr);

    // The commands this lesson's students can try (one per line; the lesson's own commands).
    void setCommands(const QStringList &commands);
    // One line for a request: "PATCH node worker-1 → 200" (discovery requests: empty, not shown).
    static QString describe(const QString &method, const QString &path, int status);

    QListWidget *activityList() const { return m_activity; }
    QPlainTextEdit *commandsView() const { return m_commands; }
    QLabel *kubeconfigLabel() const { return m_kubeconfig; }

private:
    void updateServer();
    void addRequest(const QDateTime &at, const QString &method, const QString &path, int status);

    ClassroomServer *m_server;
    QLabel *m_kubeconfig;
    QPushButton *m_copyPath;
    QPushButton *m_copyFile;
    QPlainTextEdit *m_commands;
    QListWidget *m_activity;
    QLabel *m_activityTitle;
    int m_requests = 0;
};

} // namespace Slipway
