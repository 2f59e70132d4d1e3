#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

// HTTP/1.1 request and response values of the practice API server, and the Kubernetes `Status`
// error bodies (FACTS §7: the shapes kubectl reads).
namespace Slipway {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method;
    QByteArray target;                // the raw request-target
    QString path;                     // percent-decoded path, no query
    QMap<QString, QStringList> query; // decoded like Go's url.ParseQuery ('+' is a space)
    HttpHeaders headers;              // names in lower case
    QByteArray body;
    int minorVersion = 1; // HTTP/1.x

    QByteArray header(const QByteArray &lowerCaseName) const;
    QString queryValue(const QString &name) const { return query.value(name).value(0); }
    bool hasQuery(const QString &name) const { return query.contains(name); }
    bool keepAlive() const;
    // The media type of the body without parameters, lower case ("application/json").
    QByteArray contentType() const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    HttpHeaders headers;
    QByteArray body;
};

namespace Http {

// Parsing one HTTP/1.1 request off the front of a connection's input buffer (RFC 9112): the request
// line, the header fields and a Content-Length or chunked body, within the limits given. Pure: the
// connection answers errors and 100 Continue itself.
struct RequestLimits
{
    qint64 maxHeaderBytes = 64 * 1024;
    qint64 maxBodyBytes = 3 * 1024 * 1024;
};
struct ParseResult
{
    enum class State
    {
        Incomplete, // more input is needed
        Complete,   // `consumed` bytes hold the request
        Error       // answer `status` with `message` and close the connection
    };
    State state = State::Incomplete;
    qsizetype consumed = 0;
    int status = 0;
    QString message;
    // Incomplete with the headers read: the client waits for "100 Continue" before the body.
    bool expectContinue = false;
};
ParseResult parseRequest(const QByteArray &input, const RequestLimits &limits, HttpRequest *request);

QByteArray reasonPhrase(int status);
// Go's url.ParseQuery: '&'-separated, '+' means space, %XX escapes; bad escapes keep the raw text.
QMap<QString, QStringList> parseQuery(const QByteArray &rawQuery);
QString percentDecode(const QByteArray &text, bool plusIsSpace);

// What the client asked for in Accept (kubectl sends a list, best first).
enum class Representation
{
    Json,
    Table,
    Unsupported
};
struct Negotiated
{
    Representation representation = Representation::Json;
    QString tableApiVersion = QStringLiteral("meta.k8s.io/v1"); // or meta.k8s.io/v1beta1
};
// Table is chosen only when `tableAllowed`; aggregated discovery (as=APIGroupDiscoveryList) and
// protobuf are never offered, so clients fall back to the plain JSON documents that follow them in
// their Accept lists.
Negotiated negotiate(const QByteArray &accept, bool tableAllowed);

// A Kubernetes metav1.Status failure.
QJsonObject status(int code, const QString &reason, const QString &message, const QJsonObject &details = {});
HttpResponse statusResponse(int code, const QString &reason, const QString &message,
                            const QJsonObject &details = {});
// Standard reasons by code: 400 BadRequest, 404 NotFound, 422 Invalid, …
QString reasonForCode(int code);
HttpResponse error(int code, const QString &message);
// `<resource> "<name>" not found`, the API server's NotFound with details {name, group, kind}.
HttpResponse notFound(const QString &group, const QString &resource, const QString &name);
HttpResponse jsonResponse(int code, const QJsonObject &body);

} // namespace Http
} // namespace Slipway
