#pragma once

// Runs the real kubectl (/usr/bin/kubectl, or the one on PATH) against a practice API server while
// the calling thread's event loop keeps serving its requests.

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringList>

namespace KubectlTest {

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
    QStringList lines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

inline QString findKubectl()
{
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (!onPath.isEmpty())
        return onPath;
    return QFile::exists(QStringLiteral("/usr/bin/kubectl")) ? QStringLiteral("/usr/bin/kubectl") : QString();
}

// `home` gives kubectl a fresh discovery cache; `kubeconfig` is passed with --kubeconfig.
inline QProcessEnvironment environment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.remove(QStringLiteral("KUBECONFIG"));
    return env;
}

inline Run run(const QString &kubectl, const QString &home, const QString &kubeconfig,
               const QStringList &arguments, int timeoutMs = 90000)
{
    QProcess p;
    p.setProcessEnvironment(environment(home));
    p.start(kubectl, QStringList{QStringLiteral("--kubeconfig"), kubeconfig} + arguments);
    QSignalSpy finished(&p, &QProcess::finished);
    Run r;
    r.finished = finished.wait(timeoutMs) || p.state() == QProcess::NotRunning;
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace KubectlTest
