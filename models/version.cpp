#include "models/version.h"

#include <QRegularExpression>

namespace Slipway {

namespace {

// Up to six digits per component: enough for any real version, and no int overflow.
const QRegularExpression &versionPattern()
{
    static const QRegularExpression re(QStringLiteral("^[vV]?(\\d{1,6})\\.(\\d{1,6})(?:\\.(\\d{1,6}))?"
                                                      "(?:-([0-9A-Za-z][0-9A-Za-z.-]*))?"
                                                      "(?:\\+([0-9A-Za-z][0-9A-Za-z.-]*))?$"));
    return re;
}

// alpha.2, beta.0, rc.1, rc1 (k3s writes `-rc1+k3s1`, FACTS §7.5)
const QRegularExpression &preReleasePattern()
{
    static const QRegularExpression re(QStringLiteral("^(alpha|beta|rc)(?:\\.?(\\d{1,6}))?(?:[.-].*)?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

Version Version::parse(const QString &text)
{
    Version v;
    v.m_raw = text;
    QString s = text.trimmed();
    // Image tags cannot hold '+': kubeadm writes it as '_' (FACTS §3.1).
    s.replace(QLatin1Char('_'), QLatin1Char('+'));
    const QRegularExpressionMatch m = versionPattern().match(s);
    if (!m.hasMatch())
        return v;
    v.m_major = m.captured(1).toInt();
    v.m_minor = m.captured(2).toInt();
    v.m_hasPatch = m.hasCaptured(3) && !m.captured(3).isEmpty();
    v.m_patch = v.m_hasPatch ? m.captured(3).toInt() : 0;
    v.m_suffix = m.captured(4);
    v.m_build = m.captured(5);
    // A two-part version with a suffix (`1.29-eks`) is not something clusters report.
    if (!v.m_hasPatch && (!v.m_suffix.isEmpty() || !v.m_build.isEmpty()))
        return v;
    const QRegularExpressionMatch pre = preReleasePattern().match(v.m_suffix);
    if (pre.hasMatch()) {
        const QString kind = pre.captured(1).toLower();
        v.m_preRelease = kind == QLatin1String("alpha")  ? PreRelease::Alpha
                         : kind == QLatin1String("beta") ? PreRelease::Beta
                                                         : PreRelease::Rc;
        v.m_preReleaseNumber = pre.captured(2).toInt();
    }
    v.m_valid = true;
    return v;
}

Version Version::fromMinor(int major, int minor)
{
    Version v = fromParts(major, minor, 0);
    v.m_hasPatch = false;
    v.m_raw = v.toString();
    return v;
}

Version Version::fromParts(int major, int minor, int patch)
{
    Version v;
    v.m_major = major;
    v.m_minor = minor;
    v.m_patch = patch;
    v.m_hasPatch = true;
    v.m_valid = major >= 0 && minor >= 0 && patch >= 0;
    v.m_raw = v.toString();
    return v;
}

bool Version::hasVendorSuffix() const
{
    return m_valid && (!m_build.isEmpty() || (!m_suffix.isEmpty() && m_preRelease == PreRelease::None));
}

QString Version::toPlainString() const
{
    if (!m_valid)
        return m_raw;
    QString s = QString::number(m_major) + QLatin1Char('.') + QString::number(m_minor);
    if (!m_hasPatch)
        return s;
    s += QLatin1Char('.') + QString::number(m_patch);
    if (m_preRelease != PreRelease::None) {
        // Kubernetes spells pre-releases `-rc.1`, `-alpha.0`; k3s's `-rc1` is normalised to that.
        s += QLatin1Char('-') + preReleaseName(m_preRelease) + QLatin1Char('.') +
             QString::number(m_preReleaseNumber);
    }
    return s;
}

QString Version::toString() const
{
    return m_valid ? QLatin1Char('v') + toPlainString() : m_raw;
}

QString Version::minorString() const
{
    if (!m_valid)
        return m_raw;
    return QString::number(m_major) + QLatin1Char('.') + QString::number(m_minor);
}

bool Version::sameMinor(const Version &other) const
{
    return m_valid && other.m_valid && m_major == other.m_major && m_minor == other.m_minor;
}

std::weak_ordering operator<=>(const Version &a, const Version &b)
{
    // Invalid versions sort first, among themselves by raw text, so sorting is total.
    if (!a.m_valid || !b.m_valid) {
        if (a.m_valid != b.m_valid)
            return a.m_valid ? std::weak_ordering::greater : std::weak_ordering::less;
        const int c = a.m_raw.compare(b.m_raw);
        return c < 0   ? std::weak_ordering::less
               : c > 0 ? std::weak_ordering::greater
                       : std::weak_ordering::equivalent;
    }
    if (auto c = a.m_major <=> b.m_major; c != 0)
        return c;
    if (auto c = a.m_minor <=> b.m_minor; c != 0)
        return c;
    if (auto c = a.m_patch <=> b.m_patch; c != 0)
        return c;
    // Only a real pre-release sorts lower (FACTS §7.5); None is the highest kind.
    auto rank = [](Version::PreRelease p) {
        return p == Version::PreRelease::None ? 4 : static_cast<int>(p);
    };
    if (auto c = rank(a.m_preRelease) <=> rank(b.m_preRelease); c != 0)
        return c;
    return a.m_preReleaseNumber <=> b.m_preReleaseNumber;
}

QString preReleaseName(Version::PreRelease kind)
{
    switch (kind) {
    case Version::PreRelease::Alpha:
        return QStringLiteral("alpha");
    case Version::PreRelease::Beta:
        return QStringLiteral("beta");
    case Version::PreRelease::Rc:
        return QStringLiteral("rc");
    case Version::PreRelease::None:
        break;
    }
    return {};
}

} // namespace Slipway
