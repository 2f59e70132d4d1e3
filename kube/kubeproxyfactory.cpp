#include "kube/kubeproxyfactory.h"

#include <QHostAddress>

namespace Slipway {

QList<QNetworkProxy> KubeProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QString host = query.peerHostName();
    const QHostAddress address(host);
    if (host == QLatin1String("localhost") || (!address.isNull() && address.isLoopback()))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    return systemProxyForQuery(query);
}

} // namespace Slipway
