#pragma once

#include <QMetaType>
#include <QString>

#include <compare>

namespace Slipway {

// A Kubernetes-style version as clusters report it: `v1.29.3`, `1.29.3`, `v1.29.3-eks-adc7111`,
// `v1.30.2-gke.1587003`, `v1.29.3+k3s1`, `v1.31.0-rc.1`, image tags with kubeadm's `_` for `+`,
// etcd tags like `3.5.16-0` and CoreDNS `v1.11.3`.
//
// Ordering follows FACTS §7.5: major.minor.patch first, then only a real pre-release (alpha,
// beta, rc) sorts below the plain version. Vendor suffixes (`-eks-…`, `-gke.…`), build metadata
// (`+k3s1`) and kubeadm's image revision (`-0`) never make a version older, so
// `v1.29.3-eks-adc7111 == v1.29.3`; raw() keeps the text as found.
class Version
{
public:
    enum class PreRelease
    {
        None,
        Alpha,
        Beta,
        Rc
    };

    Version() = default; // invalid, empty raw text

    // Never fails: unparseable text gives an invalid Version that keeps the raw text.
    static Version parse(const QString &text);
    // `1.<minor>` with no patch (hasPatch() == false), e.g. for "the 1.34 series".
    static Version fromMinor(int major, int minor);
    static Version fromParts(int major, int minor, int patch);

    bool isValid() const { return m_valid; }
    QString raw() const { return m_raw; }
    int major() const { return m_major; }
    int minor() const { return m_minor; }
    int patch() const { return m_patch; }
    bool hasPatch() const { return m_hasPatch; }

    PreRelease preRelease() const { return m_preRelease; }
    int preReleaseNumber() const { return m_preReleaseNumber; }
    bool isPreRelease() const { return m_preRelease != PreRelease::None; }
    // Text after `-` (e.g. "rc.1", "eks-adc7111", "0") and after `+` (e.g. "k3s1").
    QString suffix() const { return m_suffix; }
    QString buildMetadata() const { return m_build; }
    // A suffix or build part that is not a real pre-release: eks, gke, k3s, rke2, `-0`…
    bool hasVendorSuffix() const;

    // Normalised: `v1.29.3`, `v1.31.0-rc.1`, `v1.35` without a patch; vendor parts dropped.
    // An invalid version gives its raw text.
    QString toString() const;
    // Without the `v`: `1.29.3` (package versions, kubeadm's kube-proxy column).
    QString toPlainString() const;
    // `1.34`
    QString minorString() const;
    // `v1.34`
    QString minorTag() const { return QLatin1Char('v') + minorString(); }

    // Same major and minor.
    bool sameMinor(const Version &other) const;
    // minor() - other.minor() (only meaningful for the same major).
    int minorsAbove(const Version &other) const { return m_minor - other.m_minor; }

    friend std::weak_ordering operator<=>(const Version &a, const Version &b);
    friend bool operator==(const Version &a, const Version &b) { return (a <=> b) == 0; }

private:
    QString m_raw;
    QString m_suffix;
    QString m_build;
    int m_major = 0;
    int m_minor = 0;
    int m_patch = 0;
    int m_preReleaseNumber = 0;
    PreRelease m_preRelease = PreRelease::None;
    bool m_valid = false;
    bool m_hasPatch = false;
};

QString preReleaseName(Version::PreRelease kind);

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::Version)
