#pragma once

// Shared by the tst_apiserver* tests: a practice API server on 127.0.0.1 port 0 and a real HTTPS
// client (QNetworkAccessManager over TLS, no mocks).

#include "sim/apiserver/apiserver.h"
#include "sim/scenario/scenarioloader.h"
#include "sim/apiserver/servercredentials.h"
#include "sim/engine/simulator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace ApiTest {

using namespace Slipway;

enum class Auth
{
    None,
    Token,
    WrongToken,
    Certificate,
    ForeignCertificate
};

struct Response
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QByteArray contentType;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QList<QSslError> sslErrors;
    qint64 elapsedMs = 0;

    QJsonArray items() const { return json.value(QLatin1String("items")).toArray(); }
    QString reason() const { return json.value(QLatin1String("reason")).toString(); }
    QString message() const { return json.value(QLatin1String("message")).toString(); }
    bool isStatus(int code) const
    {
        return status == code && json.value(QLatin1String("kind")).toString() == QLatin1String("Status") &&
               json.value(QLatin1String("code")).toInt() == code &&
               json.value(QLatin1String("status")).toString() == QLatin1String("Failure");
    }
};

inline ServerCredentials makeCredentials()
{
    QString error;
    const auto c = ServerCredentials::generate(&error);
    if (!c)
        qFatal("cannot generate test credentials: %s", qPrintable(error));
    return *c;
}

// The default practice scenario served on 127.0.0.1, port 0.
struct PracticeServer
{
    std::unique_ptr<Simulator> simulator;
    std::unique_ptr<ApiServer> server;

    explicit PracticeServer(const ServerCredentials &credentials, const ClusterSnapshot *snapshot = nullptr)
    {
        ClusterSnapshot initial;
        if (snapshot) {
            initial = *snapshot;
        } else {
            const Result<LoadedScenario> loaded = ScenarioLoader::loadBundled(QStringLiteral("default"));
            if (!loaded.ok())
                qFatal("cannot load the default scenario: %s", qPrintable(loaded.errorText()));
            initial = loaded->snapshot;
        }
        simulator = std::make_unique<Simulator>(initial);
        server = std::make_unique<ApiServer>(simulator.get(), credentials);
        QString error;
        if (!server->listen(QHostAddress::LocalHost, 0, &error))
            qFatal("cannot listen: %s", qPrintable(error));
    }
};

class Client
{
public:
    // `trusted`: whose CA the client trusts; `own`: the server's credentials (token, client cert);
    // `foreign`: another CA's material (a client certificate the server must not accept).
    Client(QUrl base, ServerCredentials trusted, ServerCredentials own, ServerCredentials foreign)
        : m_base(std::move(base))
        , m_trusted(std::move(trusted))
        , m_own(std::move(own))
        , m_foreign(std::move(foreign))
    {}

    QNetworkRequest request(const QString &pathAndQuery, Auth auth, const QByteArray &contentType = {},
                            const QByteArray &accept = {}) const
    {
        QUrl url = m_base;
        const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
        url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
        if (q >= 0)
            url.setQuery(pathAndQuery.mid(q + 1), QUrl::StrictMode);
        QNetworkRequest r(url);
        r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({m_trusted.caCertificate()});
        if (auth == Auth::Certificate) {
            tls.setLocalCertificate(m_own.clientCertificate());
            tls.setPrivateKey(m_own.clientKey());
        } else if (auth == Auth::ForeignCertificate) {
            tls.setLocalCertificate(m_foreign.clientCertificate());
            tls.setPrivateKey(m_foreign.clientKey());
        }
        r.setSslConfiguration(tls);
        if (auth == Auth::Token)
            r.setRawHeader("Authorization", "Bearer " + m_own.token());
        else if (auth == Auth::WrongToken)
            r.setRawHeader("Authorization", "Bearer " + m_foreign.token());
        if (!contentType.isEmpty())
            r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (!accept.isEmpty())
            r.setRawHeader("Accept", accept);
        return r;
    }

    // A fresh manager per authentication mode, so pooled connections never mix client certificates.
    QNetworkAccessManager *manager(Auth auth)
    {
        auto &m = m_managers[int(auth)];
        if (!m)
            m = std::make_unique<QNetworkAccessManager>();
        return m.get();
    }

    QNetworkReply *start(const QByteArray &method, const QString &pathAndQuery, Auth auth = Auth::Token,
                         const QByteArray &body = {}, const QByteArray &contentType = {},
                         const QByteArray &accept = {})
    {
        return manager(auth)->sendCustomRequest(request(pathAndQuery, auth, contentType, accept), method,
                                                body);
    }

    Response send(const QByteArray &method, const QString &pathAndQuery, Auth auth = Auth::Token,
                  const QByteArray &body = {}, const QByteArray &contentType = {},
                  const QByteArray &accept = {})
    {
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = start(method, pathAndQuery, auth, body, contentType, accept);
        return finish(reply, timer);
    }

    static Response finish(QNetworkReply *reply, const QElapsedTimer &timer)
    {
        Response r;
        QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                         [&r](const QList<QSslError> &e) { r.sslErrors = e; });
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(120000); // generous: sanitizer and valgrind runs are slow
        }
        r.elapsedMs = timer.elapsed();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.json = QJsonDocument::fromJson(r.body).object();
        r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        r.error = reply->error();
        r.errorString = reply->errorString();
        reply->deleteLater();
        return r;
    }

    Response get(const QString &pathAndQuery, Auth auth = Auth::Token, const QByteArray &accept = {})
    {
        return send(QByteArrayLiteral("GET"), pathAndQuery, auth, {}, {}, accept);
    }

private:
    QUrl m_base;
    ServerCredentials m_trusted;
    ServerCredentials m_own;
    ServerCredentials m_foreign;
    std::unique_ptr<QNetworkAccessManager> m_managers[5];
};

// Reads a watch stream line by line as it arrives.
class WatchReader
{
public:
    explicit WatchReader(QNetworkReply *reply)
        : m_reply(reply)
    {
        QObject::connect(reply, &QNetworkReply::readyRead, reply, [this] { read(); });
    }
    ~WatchReader()
    {
        if (m_reply) {
            m_reply->abort();
            m_reply->deleteLater();
        }
    }
    QList<QJsonObject> events()
    {
        read();
        return m_events;
    }
    // The first event of `type` about the named object, or an empty object.
    QJsonObject find(const QString &type, const QString &name)
    {
        for (const QJsonObject &e : events()) {
            const QJsonObject meta =
                e.value(QLatin1String("object")).toObject().value(QLatin1String("metadata")).toObject();
            if (e.value(QLatin1String("type")).toString() == type &&
                meta.value(QLatin1String("name")).toString() == name)
                return e;
        }
        return {};
    }
    QNetworkReply *reply() const { return m_reply; }

private:
    void read()
    {
        m_buffer += m_reply->readAll();
        qsizetype newline;
        while ((newline = m_buffer.indexOf('\n')) >= 0) {
            const QByteArray line = m_buffer.left(newline);
            m_buffer.remove(0, newline + 1);
            if (!line.trimmed().isEmpty())
                m_events.append(QJsonDocument::fromJson(line).object());
        }
    }

    QNetworkReply *m_reply;
    QByteArray m_buffer;
    QList<QJsonObject> m_events;
};

// A query parameter value, percent-encoded.
inline QString enc(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

inline QStringList names(const QJsonArray &items)
{
    QStringList out;
    for (const QJsonValue &v : items) {
        const QJsonObject meta = v.toObject().value(QLatin1String("metadata")).toObject();
        const QString ns = meta.value(QLatin1String("namespace")).toString();
        out.append(ns.isEmpty() ? meta.value(QLatin1String("name")).toString()
                                : ns + QLatin1Char('/') + meta.value(QLatin1String("name")).toString());
    }
    return out;
}

} // namespace ApiTest
