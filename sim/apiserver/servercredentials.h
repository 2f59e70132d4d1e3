#pragma once

#include "models/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <optional>

namespace Slipway {

// The practice API server's TLS and login material: a private CA, a server certificate for
// 127.0.0.1 / localhost / ::1 signed by it, a client certificate (CN slipway-admin, O
// system:masters, like kubeadm's admin.conf) and a bearer token. Generated with OpenSSL's libcrypto
// (ECDSA P-256, SHA-256) because Qt cannot issue certificates. Keys and the token are secrets: never
// log them; files holding them are written 0600 in a 0700 directory.
class ServerCredentials
{
public:
    static constexpr const char *ClientCommonName = "slipway-admin";
    static constexpr const char *ClientOrganization = "system:masters";

    // Fresh material in memory (tests, or the first start). Reads no input: `error` says only that
    // OpenSSL failed.
    static std::optional<ServerCredentials> generate(QString *error);
    // Loads the material kept in `directory` (ca.crt, ca.key, server.crt, server.key, client.crt,
    // client.key, token), creating what is missing. Keeps the CA as long as it is valid, so that
    // kubeconfigs written earlier keep working; reissues leaf certificates that expire within
    // a week or were not signed by that CA.
    // An existing directory open to other users (group or other permission bits), owned by another
    // user, or holding a key or token file others may read is refused with a message, like ssh
    // refuses a private key others can read.
    static Result<ServerCredentials> loadOrCreate(const QString &directory);
    // The checks loadOrCreate() makes of an existing state directory: an error when it fails one.
    static Diagnostics checkPrivate(const QString &directory);

    QByteArray caCertificatePem() const { return m_caCertPem; }
    QByteArray serverCertificatePem() const { return m_serverCertPem; }
    QByteArray serverKeyPem() const { return m_serverKeyPem; }
    QByteArray clientCertificatePem() const { return m_clientCertPem; }
    QByteArray clientKeyPem() const { return m_clientKeyPem; }
    QByteArray token() const { return m_token; }

    QSslCertificate caCertificate() const;
    QSslCertificate serverCertificate() const;
    QSslKey serverKey() const;
    QSslCertificate clientCertificate() const;
    QSslKey clientKey() const;

    bool isComplete() const; // all seven pieces are there
    // Whether `certificate` was issued by this CA for client authentication and is valid now
    // (the TLS handshake has already proven that the peer holds its key).
    bool verifiesClientCertificate(const QSslCertificate &certificate) const;

private:
    QByteArray m_caCertPem;
    QByteArray m_caKeyPem;
    QByteArray m_serverCertPem;
    QByteArray m_serverKeyPem;
    QByteArray m_clientCertPem;
    QByteArray m_clientKeyPem;
    QByteArray m_token;
};

} // namespace Slipway
