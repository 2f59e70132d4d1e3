#pragma once

#include "sim/apiserver/apiserverhttp.h"

#include <QByteArray>
#include <QString>

namespace Slipway {

// Who a request comes from. Like kube-apiserver's union authenticator: a client certificate the
// practice CA issued authenticates the connection; otherwise the bearer token must match. Wrong or
// missing credentials get 401 Unauthorized, except for the public health and version endpoints
// that kube-apiserver shows anonymous users (system:public-info-viewer).
struct AuthDecision
{
    bool authenticated = false;
    QString user;   // "slipway-admin" or the certificate's CN; never the token
    QString method; // "client certificate", "bearer token", "anonymous"
};

class ApiAuthenticator
{
public:
    explicit ApiAuthenticator(const QByteArray &token);

    AuthDecision authenticate(const HttpRequest &request, const QString &certificateUser) const;
    static bool isPublicPath(const QString &path);

private:
    QByteArray m_token;
};

} // namespace Slipway
