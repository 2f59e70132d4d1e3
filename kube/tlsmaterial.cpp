#include "kube/tlsmaterial.h"

#include <QCoreApplication>

namespace Slipway::TlsMaterial {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Slipway::TlsMaterial", text);
}

// The "-----BEGIN <label>----- … -----END <label>-----" block whose label ends in "PRIVATE KEY".
QByteArray privateKeyBlock(const QByteArray &pem, QByteArray *label)
{
    static const QByteArray begin = QByteArrayLiteral("-----BEGIN ");
    qsizetype from = 0;
    while ((from = pem.indexOf(begin, from)) >= 0) {
        const qsizetype labelStart = from + begin.size();
        const qsizetype labelEnd = pem.indexOf("-----", labelStart);
        if (labelEnd < 0)
            return {};
        const QByteArray found = pem.mid(labelStart, labelEnd - labelStart);
        const QByteArray endMarker = QByteArrayLiteral("-----END ") + found + QByteArrayLiteral("-----");
        const qsizetype end = pem.indexOf(endMarker, labelEnd);
        if (end < 0)
            return {};
        if (found.endsWith("PRIVATE KEY")) {
            *label = found;
            return pem.mid(from, end + endMarker.size() - from) + '\n';
        }
        from = end + endMarker.size();
    }
    return {};
}

} // namespace

QList<QSslCertificate> certificatesFromPem(const QByteArray &pem)
{
    return QSslCertificate::fromData(pem, QSsl::Pem);
}

QSslKey privateKeyFromPem(const QByteArray &pem, QString *problem)
{
    QByteArray label;
    const QByteArray block = privateKeyBlock(pem, &label);
    if (block.isEmpty()) {
        if (problem)
            *problem = tr("it holds no PEM private key (expected a \"-----BEGIN … PRIVATE KEY-----\" block)");
        return {};
    }
    if (label == "ENCRYPTED PRIVATE KEY" || block.contains("Proc-Type: 4,ENCRYPTED")) {
        if (problem)
            *problem =
                tr("the private key is encrypted with a passphrase, which kubeconfig does not support; "
                   "decrypt it with `openssl pkey -in KEY -out KEY.plain`");
        return {};
    }
    QList<QSsl::KeyAlgorithm> algorithms;
    if (label == "RSA PRIVATE KEY")
        algorithms = {QSsl::Rsa};
    else if (label == "EC PRIVATE KEY")
        algorithms = {QSsl::Ec};
    else
        algorithms = {QSsl::Rsa, QSsl::Ec}; // PKCS#8 "PRIVATE KEY" does not name the algorithm
    for (QSsl::KeyAlgorithm algorithm : std::as_const(algorithms)) {
        QSslKey key(block, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    if (problem)
        *problem =
            tr("the %1 block could not be read as an RSA or EC key (Ed25519 and DSA keys are not supported)")
                .arg(QString::fromLatin1(label));
    return {};
}

} // namespace Slipway::TlsMaterial
