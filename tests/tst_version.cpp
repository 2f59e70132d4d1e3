// Version parsing and ordering as clusters report versions (FACTS §3.1, §7.5).
#include "models/version.h"

#include <QTest>

#include <algorithm>

using namespace Slipway;

class TestVersion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void invalid_data();
    void invalid();
    void compare_data();
    void compare();
    void vendorSuffix_data();
    void vendorSuffix();
    void fromMinor();
    void sortsNumerically();
};

void TestVersion::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("major");
    QTest::addColumn<int>("minor");
    QTest::addColumn<int>("patch");
    QTest::addColumn<Version::PreRelease>("pre");
    QTest::addColumn<int>("preNumber");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<QString>("minorString");

    using P = Version::PreRelease;
    QTest::addRow("upstream gitVersion") << "v1.29.3" << 1 << 29 << 3 << P::None << 0 << "v1.29.3"
                                         << "1.29";
    QTest::addRow("without the v") << "1.29.3" << 1 << 29 << 3 << P::None << 0 << "v1.29.3"
                                   << "1.29";
    QTest::addRow("EKS server version") << "v1.29.3-eks-adc7111" << 1 << 29 << 3 << P::None << 0 << "v1.29.3"
                                        << "1.29";
    QTest::addRow("GKE server version") << "v1.30.2-gke.1587003" << 1 << 30 << 2 << P::None << 0 << "v1.30.2"
                                        << "1.30";
    QTest::addRow("GKE release-list name")
        << "1.36.3-gke.1640000" << 1 << 36 << 3 << P::None << 0 << "v1.36.3"
        << "1.36";
    QTest::addRow("k3s build metadata") << "v1.29.3+k3s1" << 1 << 29 << 3 << P::None << 0 << "v1.29.3"
                                        << "1.29";
    QTest::addRow("RKE2 build metadata") << "v1.28.5+rke2r1" << 1 << 28 << 5 << P::None << 0 << "v1.28.5"
                                         << "1.28";
    QTest::addRow("release candidate") << "v1.31.0-rc.1" << 1 << 31 << 0 << P::Rc << 1 << "v1.31.0-rc.1"
                                       << "1.31";
    QTest::addRow("alpha") << "v1.32.0-alpha.2" << 1 << 32 << 0 << P::Alpha << 2 << "v1.32.0-alpha.2"
                           << "1.32";
    QTest::addRow("beta zero") << "v1.33.0-beta.0" << 1 << 33 << 0 << P::Beta << 0 << "v1.33.0-beta.0"
                               << "1.33";
    QTest::addRow("k3s release candidate rc1+k3s1")
        << "v1.32.12-rc1+k3s1" << 1 << 32 << 12 << P::Rc << 1 << "v1.32.12-rc.1"
        << "1.32";
    QTest::addRow("image tag with kubeadm's _ for +")
        << "v1.29.3_k3s1" << 1 << 29 << 3 << P::None << 0 << "v1.29.3"
        << "1.29";
    QTest::addRow("etcd image tag") << "3.5.16-0" << 3 << 5 << 16 << P::None << 0 << "v3.5.16"
                                    << "3.5";
    QTest::addRow("old etcd tag without revision") << "3.2.24" << 3 << 2 << 24 << P::None << 0 << "v3.2.24"
                                                   << "3.2";
    QTest::addRow("CoreDNS tag") << "v1.11.3" << 1 << 11 << 3 << P::None << 0 << "v1.11.3"
                                 << "1.11";
    QTest::addRow("surrounding whitespace") << "  v1.35.8\n"
                                            << 1 << 35 << 8 << P::None << 0 << "v1.35.8"
                                            << "1.35";
    QTest::addRow("two-digit patch") << "v1.34.11" << 1 << 34 << 11 << P::None << 0 << "v1.34.11"
                                     << "1.34";
}

void TestVersion::parse()
{
    QFETCH(QString, text);
    const Version v = Version::parse(text);
    QVERIFY2(v.isValid(), qPrintable(text));
    QCOMPARE(v.raw(), text);
    QTEST(v.major(), "major");
    QTEST(v.minor(), "minor");
    QTEST(v.patch(), "patch");
    QTEST(v.preRelease(), "pre");
    QTEST(v.preReleaseNumber(), "preNumber");
    QTEST(v.toString(), "normalised");
    QTEST(v.minorString(), "minorString");
    QVERIFY(v.hasPatch());
    QCOMPARE(v.toString(), QLatin1Char('v') + v.toPlainString());
}

void TestVersion::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("empty (node not reported yet)") << "";
    QTest::addRow("a label, not a version") << "latest";
    QTest::addRow("major only") << "v1";
    QTest::addRow("placeholder patch") << "1.29.x";
    QTest::addRow("four parts") << "v1.29.3.4";
    QTest::addRow("dangling dash") << "1.29.3-";
    QTest::addRow("leading dash") << "-1.29.3";
    QTest::addRow("trailing words") << "v1.29.3 (patched)";
    QTest::addRow("absurdly long number") << "1.2900000000.3";
    QTest::addRow("suffix without patch") << "1.29-eks";
    QTest::addRow("image reference, not a tag") << "registry.k8s.io/kube-apiserver:v1.35.0";
}

void TestVersion::invalid()
{
    QFETCH(QString, text);
    const Version v = Version::parse(text);
    QVERIFY(!v.isValid());
    QCOMPARE(v.raw(), text);
    // No silent 0.0.0: printing gives the text back, not a number.
    QCOMPARE(v.toString(), text);
    QVERIFY(v < Version::parse(QStringLiteral("v0.0.1")));
}

void TestVersion::compare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected"); // sign of a <=> b

    QTest::addRow("EKS suffix is not older than the plain version") << "v1.29.3-eks-adc7111"
                                                                    << "v1.29.3" << 0;
    QTest::addRow("GKE suffix is not older than the plain version") << "v1.30.2-gke.1587003"
                                                                    << "v1.30.2" << 0;
    QTest::addRow("k3s build metadata is ignored") << "v1.29.6+k3s1"
                                                   << "v1.29.6" << 0;
    QTest::addRow("image tag _ equals +") << "v1.29.3_k3s1"
                                          << "v1.29.3+k3s1" << 0;
    QTest::addRow("EKS patch below the next plain patch") << "v1.29.3-eks-adc7111"
                                                          << "v1.29.4" << -1;
    QTest::addRow("rc sorts below the release") << "v1.31.0-rc.1"
                                                << "v1.31.0" << -1;
    QTest::addRow("alpha below beta") << "v1.32.0-alpha.2"
                                      << "v1.32.0-beta.0" << -1;
    QTest::addRow("beta below rc") << "v1.32.0-beta.1"
                                   << "v1.32.0-rc.0" << -1;
    QTest::addRow("rc.1 below rc.2") << "v1.31.0-rc.1"
                                     << "v1.31.0-rc.2" << -1;
    QTest::addRow("rc of a minor above the previous minor") << "v1.31.0-rc.1"
                                                            << "v1.30.14" << 1;
    QTest::addRow("patch compares numerically") << "v1.29.10"
                                                << "v1.29.9" << 1;
    QTest::addRow("minor compares numerically") << "v1.10.0"
                                                << "v1.9.11" << 1;
    QTest::addRow("etcd patch") << "3.5.16-0"
                                << "3.5.21-0" << -1;
    QTest::addRow("etcd minor") << "3.6.4-0"
                                << "3.5.24-0" << 1;
    QTest::addRow("with and without v") << "1.35.8"
                                        << "v1.35.8" << 0;
    QTest::addRow("unparseable sorts first") << "garbage"
                                             << "v1.0.0" << -1;
}

void TestVersion::compare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    const Version va = Version::parse(a);
    const Version vb = Version::parse(b);
    const auto order = va <=> vb;
    const int sign = order < 0 ? -1 : order > 0 ? 1 : 0;
    QCOMPARE(sign, expected);
    QCOMPARE(va == vb, expected == 0);
    QCOMPARE(va != vb, expected != 0);
    QCOMPARE(va < vb, expected < 0);
    QCOMPARE(va <= vb, expected <= 0);
    QCOMPARE(va > vb, expected > 0);
    QCOMPARE(va >= vb, expected >= 0);
    // antisymmetric
    const auto reverse = vb <=> va;
    QCOMPARE(reverse < 0 ? -1 : reverse > 0 ? 1 : 0, -expected);
}

void TestVersion::vendorSuffix_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("vendor");
    QTest::addColumn<bool>("preRelease");
    QTest::addRow("plain") << "v1.35.8" << false << false;
    QTest::addRow("eks") << "v1.29.3-eks-adc7111" << true << false;
    QTest::addRow("gke") << "v1.30.2-gke.1587003" << true << false;
    QTest::addRow("k3s") << "v1.29.6+k3s1" << true << false;
    QTest::addRow("rke2") << "v1.35.5+rke2r1" << true << false;
    QTest::addRow("rc is a real pre-release") << "v1.31.0-rc.1" << false << true;
    QTest::addRow("k3s rc is both") << "v1.32.12-rc1+k3s1" << true << true;
}

void TestVersion::vendorSuffix()
{
    QFETCH(QString, text);
    const Version v = Version::parse(text);
    QTEST(v.hasVendorSuffix(), "vendor");
    QTEST(v.isPreRelease(), "preRelease");
}

void TestVersion::fromMinor()
{
    const Version m = Version::fromMinor(1, 34);
    QVERIFY(m.isValid());
    QVERIFY(!m.hasPatch());
    QCOMPARE(m.minorString(), QStringLiteral("1.34"));
    QCOMPARE(m.minorTag(), QStringLiteral("v1.34"));
    QCOMPARE(m.toString(), QStringLiteral("v1.34"));
    QVERIFY(m == Version::parse(QStringLiteral("v1.34.0")));
    QVERIFY(m < Version::parse(QStringLiteral("v1.34.1")));
    QVERIFY(m.sameMinor(Version::parse(QStringLiteral("v1.34.11-eks-1"))));
    QVERIFY(!m.sameMinor(Version::parse(QStringLiteral("v1.35.0"))));

    const Version parsed = Version::parse(QStringLiteral("1.35"));
    QVERIFY(parsed.isValid());
    QVERIFY(!parsed.hasPatch());
    QCOMPARE(parsed.toString(), QStringLiteral("v1.35"));

    const Version parts = Version::fromParts(1, 35, 8);
    QCOMPARE(parts.toString(), QStringLiteral("v1.35.8"));
    QCOMPARE(parts.raw(), QStringLiteral("v1.35.8"));
    QCOMPARE(parts.toPlainString(), QStringLiteral("1.35.8"));
}

void TestVersion::sortsNumerically()
{
    QList<Version> versions;
    for (const char *text :
         {"v1.10.0", "v1.9.11", "v1.31.0-rc.1", "v1.31.0", "v1.30.14-eks-1", "bogus", "v1.2.0"})
        versions << Version::parse(QString::fromLatin1(text));
    std::sort(versions.begin(), versions.end());
    QStringList raw;
    for (const Version &v : versions)
        raw << v.raw();
    QCOMPARE(raw, QStringList({QStringLiteral("bogus"), QStringLiteral("v1.2.0"), QStringLiteral("v1.9.11"),
                               QStringLiteral("v1.10.0"), QStringLiteral("v1.30.14-eks-1"),
                               QStringLiteral("v1.31.0-rc.1"), QStringLiteral("v1.31.0")}));
}

QTEST_GUILESS_MAIN(TestVersion)
#include "tst_version.moc"
