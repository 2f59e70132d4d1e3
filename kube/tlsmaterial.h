#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

// PEM helpers for kubeconfig TLS material: CA bundles, client certificates and client keys.
namespace Slipway::TlsMaterial {

// All certificates in a PEM bundle; empty when there is none.
QList<QSslCertificate> certificatesFromPem(const QByteArray &pem);

// A private key from PEM. The algorithm comes from the header ("RSA PRIVATE KEY", "EC PRIVATE
// KEY"); PKCS#8 "PRIVATE KEY" tries RSA, then EC. Other blocks in the data ("EC PARAMETERS",
// certificates) are skipped. On failure returns a null key and sets `problem` to a sentence
// fragment ("the key is encrypted", "no PEM private key found") without any key material.
QSslKey privateKeyFromPem(const QByteArray &pem, QString *problem);

} // namespace Slipway::TlsMaterial
