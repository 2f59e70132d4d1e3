#include "sim/apiserver/apiserverauth.h"

namespace Slipway {

namespace {

// Compares in time independent of where the first difference is, so the token cannot be guessed
// byte by byte from response times.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    const qsizetype n = qMax(a.size(), b.size());
    unsigned difference = unsigned(a.size() ^ b.size());
    for (qsizetype i = 0; i < n; ++i)
        difference |= unsigned(uchar(i < a.size() ? a.at(i) : 0) ^ uchar(i < b.size() ? b.at(i) : 0));
    return difference == 0 && !a.isEmpty();
}

} // namespace

ApiAuthenticator::ApiAuthenticator(const QByteArray &token)
    : m_token(token)
{}

bool ApiAuthenticator::isPublicPath(const QString &path)
{
    for (const char *prefix : {"/healthz", "/livez", "/readyz", "/version"}) {
        const QLatin1String p(prefix);
        if (path == p || path.startsWith(p + QLatin1Char('/')))
            return true;
    }
    return false;
}

AuthDecision ApiAuthenticator::authenticate(const HttpRequest &request, const QString &certificateUser) const
{
    if (!certificateUser.isEmpty())
        return {true, certificateUser, QStringLiteral("client certificate")};
    const QByteArray authorization = request.header(QByteArrayLiteral("authorization"));
    if (!authorization.isEmpty()) {
        const qsizetype space = authorization.indexOf(' ');
        const QByteArray scheme = authorization.left(space).toLower();
        const QByteArray credential = space < 0 ? QByteArray() : authorization.mid(space + 1).trimmed();
        if (scheme == "bearer" && constantTimeEquals(credential, m_token))
            return {true, QStringLiteral("slipway-admin"), QStringLiteral("bearer token")};
        return {false, {}, QStringLiteral("bearer token")}; // presented but wrong: never anonymous
    }
    return {isPublicPath(request.path), QStringLiteral("system:anonymous"), QStringLiteral("anonymous")};
}

} // namespace Slipway
