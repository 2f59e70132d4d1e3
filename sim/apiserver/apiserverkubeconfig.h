#pragma once

#include "sim/apiserver/servercredentials.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Slipway {

// The kubeconfig `slipway serve-demo` writes (FACTS §8.1): one cluster with the practice CA inline
// (certificate-authority-data) and two users/contexts, one per authentication method:
// - <name>-token (bearer token; the current context),
// - <name>-cert (client certificate CN slipway-admin, O system:masters, key inline).
// The file holds secrets, so it is written 0600.
namespace PracticeKubeconfig {

QString tokenContextName(const QString &clusterName);
QString certificateContextName(const QString &clusterName);
QByteArray yaml(const ServerCredentials &credentials, const QUrl &server, const QString &clusterName);
bool write(const QString &path, const QByteArray &yaml, QString *error);

} // namespace PracticeKubeconfig
} // namespace Slipway
