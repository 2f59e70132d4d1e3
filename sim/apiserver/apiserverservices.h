#pragma once

#include "sim/apiserver/apiserverhttp.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Slipway {

class ApiConnection;
class ApiServerContext;

// The Services every kubeadm cluster has, served read-only: `kubernetes` in `default` (ClusterIP
// 10.96.0.1, port https 443 → 6443, labels component=apiserver, provider=kubernetes) and, when the
// scenario runs CoreDNS, `kube-dns` in `kube-system` (10.96.0.10, dns 53/UDP, dns-tcp 53/TCP,
// metrics 9153/TCP, labelled kubernetes.io/cluster-service=true and kubernetes.io/name=CoreDNS).
// That is what `kubectl cluster-info` lists. List (JSON or Table: NAME TYPE CLUSTER-IP EXTERNAL-IP
// PORT(S) AGE, + SELECTOR), get, and watch (the initial ADDED events; Services never change).
namespace ApiServices {

// Handles /api/v1[/namespaces/NS]/services[/NAME] (`rest` is the path after /api/v1).
bool route(ApiServerContext *context, const HttpRequest &request, const QStringList &rest,
           ApiConnection *connection);

QList<QJsonObject> services(ApiServerContext *context);

} // namespace ApiServices
} // namespace Slipway
