#pragma once

#include <QNetworkProxyFactory>

namespace Slipway {

// Proxy choice when the cluster has no proxy-url: http_proxy/https_proxy/no_proxy from the
// environment (FACTS §8.1), but never for loopback addresses, as Go's ProxyFromEnvironment.
class KubeProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;
};

} // namespace Slipway
