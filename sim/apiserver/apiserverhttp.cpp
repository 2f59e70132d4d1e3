#include "sim/apiserver/apiserverhttp.h"

#include <QJsonDocument>

#include <algorithm>
#include <optional>

namespace Slipway {

QByteArray HttpRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerCaseName)
            return h.second;
    }
    return {};
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header(QByteArrayLiteral("connection")).toLower();
    if (minorVersion == 0)
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

QByteArray HttpRequest::contentType() const
{
    QByteArray type = header(QByteArrayLiteral("content-type"));
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

namespace Http {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isToken(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

ParseResult failure(int status, const QString &message)
{
    ParseResult result;
    result.state = ParseResult::State::Error;
    result.status = status;
    result.message = message;
    return result;
}

ParseResult tooLarge(const RequestLimits &limits)
{
    return failure(413, QStringLiteral("the request body is larger than the server's limit of %1 bytes")
                            .arg(limits.maxBodyBytes));
}

// The request line and header fields in input[start, headEnd).
std::optional<ParseResult> parseHead(const QByteArray &input, qsizetype start, qsizetype headEnd,
                                     HttpRequest *request)
{
    const QList<QByteArray> lines = input.mid(start, headEnd - start).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || !requestLine.at(2).startsWith("HTTP/1.") ||
        requestLine.at(1).isEmpty())
        return failure(400, QStringLiteral("malformed HTTP request line"));
    request->method = requestLine.at(0);
    request->target = requestLine.at(1);
    request->minorVersion = requestLine.at(2).endsWith('0') ? 0 : 1;
    if (!request->target.startsWith('/'))
        return failure(400, QStringLiteral("the request target must be an absolute path"));
    const qsizetype question = request->target.indexOf('?');
    request->path = percentDecode(question < 0 ? request->target : request->target.left(question), false);
    if (question >= 0)
        request->query = parseQuery(request->target.mid(question + 1));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return failure(400, QStringLiteral("malformed HTTP header line"));
        request->headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
    }
    return std::nullopt;
}

// A chunked body from input[start]; Complete with `consumed` set to the end of its trailers.
ParseResult parseChunkedBody(const QByteArray &input, qsizetype start, const RequestLimits &limits,
                             QByteArray *body)
{
    qsizetype pos = start;
    body->clear();
    for (;;) {
        const qsizetype lineEnd = input.indexOf("\r\n", pos);
        if (lineEnd < 0) {
            if (input.size() - pos > 1024)
                return failure(400, QStringLiteral("malformed chunked request body"));
            return {};
        }
        QByteArray sizeText = input.mid(pos, lineEnd - pos);
        if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
            sizeText.truncate(semicolon); // chunk extensions
        sizeText = sizeText.trimmed();
        // Hex digits only, as Go's net/http reads them (no sign, no 0x, at most 16 digits).
        const bool hex =
            !sizeText.isEmpty() && sizeText.size() <= 16 &&
            std::all_of(sizeText.cbegin(), sizeText.cend(), [](char c) { return hexValue(c) >= 0; });
        bool ok = false;
        const qint64 size = hex ? sizeText.toLongLong(&ok, 16) : -1;
        if (!ok || size < 0)
            return failure(400, QStringLiteral("malformed chunked request body"));
        if (size > limits.maxBodyBytes - body->size()) // not body->size() + size: that can overflow
            return tooLarge(limits);
        pos = lineEnd + 2;
        if (size == 0) {
            // Trailers (ignored) end with an empty line.
            const qsizetype trailersEnd = input.indexOf("\r\n", pos);
            if (trailersEnd < 0)
                return {};
            ParseResult result;
            result.state = ParseResult::State::Complete;
            if (trailersEnd == pos) {
                result.consumed = pos + 2;
                return result;
            }
            const qsizetype blank = input.indexOf("\r\n\r\n", pos);
            if (blank < 0)
                return {};
            result.consumed = blank + 4;
            return result;
        }
        if (input.size() - pos < size + 2)
            return {};
        if (QByteArrayView(input).sliced(pos + size, 2) != "\r\n")
            return failure(400, QStringLiteral("malformed chunked request body"));
        body->append(input.mid(pos, size));
        pos += size + 2;
    }
}

// The body after the header fields (at bodyStart), as Transfer-Encoding or Content-Length say.
ParseResult parseBody(const QByteArray &input, qsizetype bodyStart, const RequestLimits &limits,
                      HttpRequest *request)
{
    const QByteArray transferEncoding = request->header(QByteArrayLiteral("transfer-encoding")).toLower();
    const QByteArray lengthText = request->header(QByteArrayLiteral("content-length"));
    if (!transferEncoding.isEmpty() && !lengthText.isEmpty())
        return failure(400, QStringLiteral("both Transfer-Encoding and Content-Length are set"));
    const bool expectContinue = request->header(QByteArrayLiteral("expect")).toLower() == "100-continue";
    if (!transferEncoding.isEmpty()) {
        if (transferEncoding != "chunked")
            return failure(501, QStringLiteral("transfer encoding \"%1\" is not supported")
                                    .arg(QString::fromLatin1(transferEncoding)));
        ParseResult result = parseChunkedBody(input, bodyStart, limits, &request->body);
        result.expectContinue = expectContinue && result.state == ParseResult::State::Incomplete;
        return result;
    }
    qint64 length = 0;
    if (!lengthText.isEmpty()) {
        bool ok = false;
        length = lengthText.toLongLong(&ok);
        if (!ok || length < 0 || lengthText.startsWith('+'))
            return failure(400, QStringLiteral("invalid Content-Length"));
    }
    if (length > limits.maxBodyBytes)
        return tooLarge(limits);
    ParseResult result;
    if (input.size() - bodyStart < length) {
        result.expectContinue = expectContinue;
        return result;
    }
    request->body = input.mid(bodyStart, length);
    result.state = ParseResult::State::Complete;
    result.consumed = bodyStart + length;
    return result;
}

} // namespace

ParseResult parseRequest(const QByteArray &input, const RequestLimits &limits, HttpRequest *request)
{
    // Tolerate the empty lines RFC 7230 §3.5 allows before a request.
    qsizetype start = 0;
    while (input.mid(start, 2) == "\r\n")
        start += 2;
    const qsizetype headEnd = input.indexOf("\r\n\r\n", start);
    const QString tooLong =
        QStringLiteral("request header is larger than %1 bytes").arg(limits.maxHeaderBytes);
    if (headEnd < 0) {
        if (input.size() - start > limits.maxHeaderBytes)
            return failure(431, tooLong);
        return {};
    }
    if (headEnd - start > limits.maxHeaderBytes)
        return failure(431, tooLong);
    if (std::optional<ParseResult> error = parseHead(input, start, headEnd, request))
        return *error;
    return parseBody(input, headEnd + 4, limits, request);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 406:
        return QByteArrayLiteral("Not Acceptable");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 410:
        return QByteArrayLiteral("Gone");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 413:
        return QByteArrayLiteral("Request Entity Too Large");
    case 414:
        return QByteArrayLiteral("URI Too Long");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        return QByteArrayLiteral("Unknown");
    }
}

QString percentDecode(const QByteArray &text, bool plusIsSpace)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '+' && plusIsSpace) {
            out.append(' ');
        } else if (c == '%' && i + 2 < text.size()) {
            const int high = hexValue(text.at(i + 1));
            const int low = hexValue(text.at(i + 2));
            if (high >= 0 && low >= 0) {
                out.append(char(high * 16 + low));
                i += 2;
            } else {
                out.append(c);
            }
        } else {
            out.append(c);
        }
    }
    return QString::fromUtf8(out);
}

QMap<QString, QStringList> parseQuery(const QByteArray &rawQuery)
{
    QMap<QString, QStringList> result;
    for (const QByteArray &pair : rawQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString key = percentDecode(eq < 0 ? pair : pair.left(eq), true);
        const QString value = eq < 0 ? QString() : percentDecode(pair.mid(eq + 1), true);
        result[key].append(value);
    }
    return result;
}

Negotiated negotiate(const QByteArray &accept, bool tableAllowed)
{
    Negotiated result;
    if (accept.trimmed().isEmpty())
        return result;
    for (const QByteArray &entry : accept.split(',')) {
        const QList<QByteArray> parts = entry.split(';');
        const QByteArray type = parts.value(0).trimmed().toLower();
        QByteArray as, group, version;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray param = parts.at(i).trimmed();
            const qsizetype eq = param.indexOf('=');
            const QByteArray name = param.left(eq).trimmed().toLower();
            const QByteArray value = param.mid(eq + 1).trimmed();
            if (name == "as")
                as = value;
            else if (name == "g")
                group = value;
            else if (name == "v")
                version = value;
        }
        if (type != "application/json" && type != "application/*" && type != "*/*")
            continue; // protobuf, yaml, cbor: not served
        if (as.isEmpty())
            return result; // plain JSON
        if (as == "Table" && group == "meta.k8s.io" && (version == "v1" || version == "v1beta1") &&
            tableAllowed) {
            result.representation = Representation::Table;
            result.tableApiVersion = QStringLiteral("meta.k8s.io/") + QString::fromLatin1(version);
            return result;
        }
        // Anything else (aggregated discovery, PartialObjectMetadata): try the next entry.
    }
    result.representation = Representation::Unsupported;
    return result;
}

QJsonObject status(int code, const QString &reason, const QString &message, const QJsonObject &details)
{
    QJsonObject s{{QLatin1String("kind"), QStringLiteral("Status")},
                  {QLatin1String("apiVersion"), QStringLiteral("v1")},
                  {QLatin1String("metadata"), QJsonObject()},
                  {QLatin1String("status"),
                   code >= 200 && code < 300 ? QStringLiteral("Success") : QStringLiteral("Failure")},
                  {QLatin1String("code"), code}};
    if (!message.isEmpty())
        s.insert(QLatin1String("message"), message);
    if (!reason.isEmpty())
        s.insert(QLatin1String("reason"), reason);
    if (!details.isEmpty())
        s.insert(QLatin1String("details"), details);
    return s;
}

HttpResponse jsonResponse(int code, const QJsonObject &body)
{
    HttpResponse r;
    r.status = code;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.body.append('\n');
    return r;
}

HttpResponse statusResponse(int code, const QString &reason, const QString &message,
                            const QJsonObject &details)
{
    return jsonResponse(code, status(code, reason, message, details));
}

QString reasonForCode(int code)
{
    // k8s.io/apimachinery/pkg/api/errors: the StatusReason each helper uses.
    switch (code) {
    case 400:
        return QStringLiteral("BadRequest");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("NotFound");
    case 405:
        return QStringLiteral("MethodNotAllowed");
    case 406:
        return QStringLiteral("NotAcceptable");
    case 408:
        return QStringLiteral("Timeout");
    case 409:
        return QStringLiteral("Conflict");
    case 410:
        return QStringLiteral("Expired");
    case 413:
    case 414:
    case 431:
        return QStringLiteral("RequestEntityTooLarge");
    case 415:
        return QStringLiteral("UnsupportedMediaType");
    case 422:
        return QStringLiteral("Invalid");
    case 429:
        return QStringLiteral("TooManyRequests");
    case 503:
        return QStringLiteral("ServiceUnavailable");
    case 504:
        return QStringLiteral("Timeout");
    default:
        return code >= 500 ? QStringLiteral("InternalError") : QString();
    }
}

HttpResponse error(int code, const QString &message)
{
    return statusResponse(code, reasonForCode(code), message);
}

HttpResponse notFound(const QString &group, const QString &resource, const QString &name)
{
    QJsonObject details{{QLatin1String("name"), name}, {QLatin1String("kind"), resource}};
    if (!group.isEmpty())
        details.insert(QLatin1String("group"), group);
    const QString qualified = group.isEmpty() ? resource : resource + QLatin1Char('.') + group;
    return statusResponse(404, QStringLiteral("NotFound"),
                          QStringLiteral("%1 \"%2\" not found").arg(qualified, name), details);
}

} // namespace Http
} // namespace Slipway
