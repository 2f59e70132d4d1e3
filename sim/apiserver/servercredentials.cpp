#include "sim/apiserver/servercredentials.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <unistd.h>

#include <iterator>
#include <memory>

namespace Slipway {

namespace {

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using Pkey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using BigNum = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;

constexpr long Day = 24 * 3600;
constexpr long CaValidityDays = 3650;
constexpr long LeafValidityDays = 730;
constexpr qint64 RenewBeforeSeconds = 7 * Day;

QByteArray bioData(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(length));
}

QByteArray certPem(X509 *cert)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    return bioData(bio.get());
}

QByteArray keyPem(EVP_PKEY *key)
{
    // "EC PRIVATE KEY" (SEC 1): read by Qt, by Go's crypto/tls (kubectl) and by openssl alike.
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio ||
        PEM_write_bio_PrivateKey_traditional(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return bioData(bio.get());
}

Cert readCert(const QByteArray &pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

Pkey readKey(const QByteArray &pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Pkey(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

bool addExtension(X509 *cert, X509V3_CTX *ctx, int nid, const char *value)
{
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

bool addName(X509_NAME *name, const char *field, const char *value)
{
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(value), -1, -1, 0) == 1;
}

enum class Profile
{
    Ca,
    Server,
    Client
};

// One X.509 v3 certificate. Go's verifier (kubectl) insists on what RFC 5280 asks: a CA with
// basicConstraints CA:TRUE and keyCertSign, leaves with subjectAltName (no CN fallback) and the
// right extendedKeyUsage.
Cert issue(Profile profile, EVP_PKEY *subjectKey, X509 *issuerCert, EVP_PKEY *issuerKey)
{
    Cert cert(X509_new());
    BigNum serial(BN_new());
    if (!cert || !serial || X509_set_version(cert.get(), 2) != 1 ||
        BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1 ||
        !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())))
        return {};
    const long days = profile == Profile::Ca ? CaValidityDays : LeafValidityDays;
    // An hour of slack for clocks that disagree a little.
    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600) ||
        !X509_gmtime_adj(X509_getm_notAfter(cert.get()), days * Day) ||
        X509_set_pubkey(cert.get(), subjectKey) != 1)
        return {};
    X509_NAME *subject = X509_get_subject_name(cert.get());
    bool ok = true;
    switch (profile) {
    case Profile::Ca:
        ok = addName(subject, "O", "Slipway") && addName(subject, "CN", "slipway-practice-ca");
        break;
    case Profile::Server:
        ok = addName(subject, "CN", "kube-apiserver");
        break;
    case Profile::Client:
        ok = addName(subject, "O", ServerCredentials::ClientOrganization) &&
             addName(subject, "CN", ServerCredentials::ClientCommonName);
        break;
    }
    X509 *issuer = issuerCert ? issuerCert : cert.get();
    if (!ok || X509_set_issuer_name(cert.get(), X509_get_subject_name(issuer)) != 1)
        return {};

    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert.get(), nullptr, nullptr, 0);
    ok = addExtension(cert.get(), &ctx, NID_subject_key_identifier, "hash");
    switch (profile) {
    case Profile::Ca:
        ok = ok && addExtension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:TRUE") &&
             addExtension(cert.get(), &ctx, NID_key_usage, "critical,digitalSignature,keyCertSign,cRLSign");
        break;
    case Profile::Server:
        ok = ok && addExtension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:FALSE") &&
             addExtension(cert.get(), &ctx, NID_key_usage, "critical,digitalSignature,keyEncipherment") &&
             addExtension(cert.get(), &ctx, NID_ext_key_usage, "serverAuth") &&
             addExtension(cert.get(), &ctx, NID_subject_alt_name,
                          "DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,IP:127.0.0.1,IP:::1");
        break;
    case Profile::Client:
        ok = ok && addExtension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:FALSE") &&
             addExtension(cert.get(), &ctx, NID_key_usage, "critical,digitalSignature,keyEncipherment") &&
             addExtension(cert.get(), &ctx, NID_ext_key_usage, "clientAuth");
        break;
    }
    if (ok && issuerCert)
        ok = addExtension(cert.get(), &ctx, NID_authority_key_identifier, "keyid:always");
    if (!ok || X509_sign(cert.get(), issuerKey ? issuerKey : subjectKey, EVP_sha256()) <= 0)
        return {};
    return cert;
}

Pkey newKey()
{
    return Pkey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

// A leaf is usable when its key matches, the CA signed it and it is not about to expire.
bool leafUsable(const QByteArray &certPemData, const QByteArray &keyPemData, X509 *ca)
{
    const Cert cert = readCert(certPemData);
    const Pkey key = readKey(keyPemData);
    if (!cert || !key || X509_check_private_key(cert.get(), key.get()) != 1)
        return false;
    if (X509_verify(cert.get(), X509_get0_pubkey(ca)) != 1)
        return false;
    const QSslCertificate qt(certPemData, QSsl::Pem);
    return !qt.isNull() && qt.expiryDate() > QDateTime::currentDateTimeUtc().addSecs(RenewBeforeSeconds);
}

bool leafFor(Profile profile, X509 *ca, EVP_PKEY *caKey, QByteArray *certOut, QByteArray *keyOut)
{
    const Pkey key = newKey();
    if (!key)
        return false;
    const Cert cert = issue(profile, key.get(), ca, caKey);
    if (!cert)
        return false;
    *certOut = certPem(cert.get());
    *keyOut = keyPem(key.get());
    return !certOut->isEmpty() && !keyOut->isEmpty();
}

QByteArray newToken()
{
    // 256 bits from the system's CSPRNG, hex so it survives YAML and shells unquoted.
    quint32 words[8];
    QRandomGenerator::system()->generate(std::begin(words), std::end(words));
    return QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data, bool secret, QString *error)
{
    QSaveFile file(path);
    const QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(secret ? owner : owner | QFileDevice::ReadGroup | QFileDevice::ReadOther) ||
        file.write(data) != data.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString modeText(QFileDevice::Permissions p)
{
    int mode = 0;
    const std::pair<QFileDevice::Permission, int> bits[] = {
        {QFileDevice::ReadOwner, 0400}, {QFileDevice::WriteOwner, 0200}, {QFileDevice::ExeOwner, 0100},
        {QFileDevice::ReadGroup, 040},  {QFileDevice::WriteGroup, 020},  {QFileDevice::ExeGroup, 010},
        {QFileDevice::ReadOther, 04},   {QFileDevice::WriteOther, 02},   {QFileDevice::ExeOther, 01}};
    for (const auto &[flag, value] : bits) {
        if (p.testFlag(flag))
            mode |= value;
    }
    return QStringLiteral("0%1").arg(mode, 3, 8, QLatin1Char('0'));
}

} // namespace

Diagnostics ServerCredentials::checkPrivate(const QString &directory)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    Diagnostics problems;
    auto fail = [&problems](const QString &message) {
        problems.addError(message);
        return problems;
    };
    const QFileInfo info(directory);
    if (!info.isDir()) {
        return fail(QStringLiteral("the state directory %1 is not a directory").arg(directory));
    }
    if (info.ownerId() != ::geteuid()) {
        return fail(
            QStringLiteral("the state directory %1 belongs to another user; use a directory of your own "
                           "(--state-dir)")
                .arg(directory));
    }
    if (info.permissions() & others) {
        return fail(
            QStringLiteral("the state directory %1 is open to other users (mode %2), but it holds the "
                           "practice cluster's keys and token; make it private with `chmod 700 %1`, or "
                           "delete it to have new credentials issued")
                .arg(directory, modeText(info.permissions())));
    }
    for (const char *secret : {"ca.key", "server.key", "client.key", "token"}) {
        const QFileInfo file(QDir(directory).filePath(QLatin1String(secret)));
        if (file.exists() && (file.permissions() & others)) {
            return fail(
                QStringLiteral("%1 is readable by other users (mode %2); make it private with `chmod 600 "
                               "%1`, or delete it to have it issued again")
                    .arg(file.filePath(), modeText(file.permissions())));
        }
    }
    return problems;
}

QSslCertificate ServerCredentials::caCertificate() const
{
    return QSslCertificate(m_caCertPem, QSsl::Pem);
}

QSslCertificate ServerCredentials::serverCertificate() const
{
    return QSslCertificate(m_serverCertPem, QSsl::Pem);
}

QSslKey ServerCredentials::serverKey() const
{
    return QSslKey(m_serverKeyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
}

QSslCertificate ServerCredentials::clientCertificate() const
{
    return QSslCertificate(m_clientCertPem, QSsl::Pem);
}

QSslKey ServerCredentials::clientKey() const
{
    return QSslKey(m_clientKeyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
}

bool ServerCredentials::isComplete() const
{
    return !m_caCertPem.isEmpty() && !m_caKeyPem.isEmpty() && !m_serverCertPem.isEmpty() &&
           !m_serverKeyPem.isEmpty() && !m_clientCertPem.isEmpty() && !m_clientKeyPem.isEmpty() &&
           !m_token.isEmpty();
}

bool ServerCredentials::verifiesClientCertificate(const QSslCertificate &certificate) const
{
    if (certificate.isNull())
        return false;
    const Cert cert = readCert(certificate.toPem());
    const Cert ca = readCert(m_caCertPem);
    if (!cert || !ca)
        return false;
    return X509_check_issued(ca.get(), cert.get()) == X509_V_OK &&
           X509_verify(cert.get(), X509_get0_pubkey(ca.get())) == 1 &&
           X509_cmp_current_time(X509_get0_notBefore(cert.get())) < 0 &&
           X509_cmp_current_time(X509_get0_notAfter(cert.get())) > 0 &&
           X509_check_purpose(cert.get(), X509_PURPOSE_SSL_CLIENT, 0) == 1;
}

std::optional<ServerCredentials> ServerCredentials::generate(QString *error)
{
    ServerCredentials c;
    const Pkey caKey = newKey();
    const Cert ca = caKey ? issue(Profile::Ca, caKey.get(), nullptr, nullptr) : Cert();
    if (!ca) {
        *error = QStringLiteral("cannot create the practice cluster's certificate authority (OpenSSL)");
        return std::nullopt;
    }
    c.m_caCertPem = certPem(ca.get());
    c.m_caKeyPem = keyPem(caKey.get());
    if (!leafFor(Profile::Server, ca.get(), caKey.get(), &c.m_serverCertPem, &c.m_serverKeyPem) ||
        !leafFor(Profile::Client, ca.get(), caKey.get(), &c.m_clientCertPem, &c.m_clientKeyPem)) {
        *error = QStringLiteral("cannot issue the practice cluster's certificates (OpenSSL)");
        return std::nullopt;
    }
    c.m_token = newToken();
    return c;
}

Result<ServerCredentials> ServerCredentials::loadOrCreate(const QString &directory)
{
    using R = Result<ServerCredentials>;
    QString error; // of writeFile()
    const QDir dir(directory);
    if (QFileInfo::exists(directory)) {
        if (const Diagnostics problems = checkPrivate(directory); problems.hasErrors())
            return R::failure(problems);
    } else if (!dir.mkpath(QStringLiteral(".")) ||
               !QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                     QFileDevice::ExeOwner)) {
        return R::failure(QStringLiteral("cannot create the state directory %1").arg(directory));
    }
    auto path = [&dir](const char *name) {
        return dir.filePath(QLatin1String(name));
    };

    ServerCredentials c;
    c.m_caCertPem = readFile(path("ca.crt"));
    c.m_caKeyPem = readFile(path("ca.key"));
    Cert ca = readCert(c.m_caCertPem);
    Pkey caKey = readKey(c.m_caKeyPem);
    const QSslCertificate qtCa(c.m_caCertPem, QSsl::Pem);
    const bool caUsable = ca && caKey && X509_check_private_key(ca.get(), caKey.get()) == 1 &&
                          !qtCa.isNull() &&
                          qtCa.expiryDate() > QDateTime::currentDateTimeUtc().addSecs(RenewBeforeSeconds);
    bool caChanged = false;
    if (!caUsable) {
        caKey = newKey();
        ca = caKey ? issue(Profile::Ca, caKey.get(), nullptr, nullptr) : Cert();
        if (!ca) {
            return R::failure(
                QStringLiteral("cannot create the practice cluster's certificate authority (OpenSSL)"));
        }
        c.m_caCertPem = certPem(ca.get());
        c.m_caKeyPem = keyPem(caKey.get());
        caChanged = true;
        if (!writeFile(path("ca.crt"), c.m_caCertPem, false, &error) ||
            !writeFile(path("ca.key"), c.m_caKeyPem, true, &error))
            return R::failure(error);
    }

    const struct
    {
        Profile profile;
        const char *certFile;
        const char *keyFile;
        QByteArray *cert;
        QByteArray *key;
    } leaves[] = {{Profile::Server, "server.crt", "server.key", &c.m_serverCertPem, &c.m_serverKeyPem},
                  {Profile::Client, "client.crt", "client.key", &c.m_clientCertPem, &c.m_clientKeyPem}};
    for (const auto &leaf : leaves) {
        *leaf.cert = readFile(path(leaf.certFile));
        *leaf.key = readFile(path(leaf.keyFile));
        if (!caChanged && leafUsable(*leaf.cert, *leaf.key, ca.get()))
            continue;
        if (!leafFor(leaf.profile, ca.get(), caKey.get(), leaf.cert, leaf.key)) {
            return R::failure(QStringLiteral("cannot issue the practice cluster's certificates (OpenSSL)"));
        }
        if (!writeFile(path(leaf.certFile), *leaf.cert, false, &error) ||
            !writeFile(path(leaf.keyFile), *leaf.key, true, &error))
            return R::failure(error);
    }

    c.m_token = readFile(path("token")).trimmed();
    if (c.m_token.size() < 32) {
        c.m_token = newToken();
        if (!writeFile(path("token"), c.m_token + '\n', true, &error))
            return R::failure(error);
    }
    return c;
}

} // namespace Slipway
