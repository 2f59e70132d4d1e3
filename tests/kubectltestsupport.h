#pragma once

// Runs the real kubectl (/usr/bin/kubectl, or the one on PATH) against a practice API server while
// the calling thread's event loop keeps serving its requests. KubectlTest::Fixture is the start-up
// shared by tst_kubectl and tst_kubectl_students.

#include "tst_apiserver_support.h"

#include "sim/apiserver/apiserverkubeconfig.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

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

// Base of the kubectl test classes: the kubectl found, and per test function a fresh practice API
// server with a kubeconfig for it and an empty HOME (kubectl's discovery cache).
class Fixture : public QObject
{
protected:
    QString m_kubectl;
    std::optional<Slipway::ServerCredentials> m_credentials;
    std::unique_ptr<ApiTest::PracticeServer> m_practice;
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_kubeconfig;

    Slipway::Simulator *sim() const { return m_practice->simulator.get(); }

    // From initTestCase(): false when kubectl is not installed (the caller skips).
    bool findKubectlAndCredentials()
    {
        m_kubectl = findKubectl();
        if (m_kubectl.isEmpty())
            return false;
        m_credentials = ApiTest::makeCredentials();
        QLoggingCategory::setFilterRules(QStringLiteral("slipway.apiserver.debug=false"));
        return true;
    }

    // From init(): empty, or why the kubeconfig could not be written.
    QString startPractice()
    {
        m_practice = std::make_unique<ApiTest::PracticeServer>(*m_credentials);
        m_home = std::make_unique<QTemporaryDir>();
        m_kubeconfig = m_home->filePath(QStringLiteral("kubeconfig"));
        QString error;
        Slipway::PracticeKubeconfig::write(
            m_kubeconfig,
            Slipway::PracticeKubeconfig::yaml(*m_credentials, m_practice->server->url(),
                                              QStringLiteral("slipway-practice")),
            &error);
        return error;
    }

    // From cleanup().
    void stopPractice()
    {
        m_practice.reset();
        m_home.reset();
    }

    Run kubectl(const QStringList &arguments, int timeoutMs = 90000)
    {
        return run(m_kubectl, m_home->path(), m_kubeconfig, arguments, timeoutMs);
    }
};

} // namespace KubectlTest
