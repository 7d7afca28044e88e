#include "PackageEditions.h"

#include "support/TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QTest>
#include <QXmlStreamReader>

// What a package carries besides the program, checked with Debian's own validators: the desktop
// entries (desktop-file-validate), the AppStream metainfo (appstreamcli), the hicolor icons, and
// the .deb files cpack writes (one per edition, dependencies from dpkg-shlibdeps and by hand).
class TestPackageMetadata : public QObject
{
    Q_OBJECT

private:
    QStringList m_scratch;

    // A fresh scratch folder, removed when the test ends (programs and packages are large).
    QString scratch(const QString& name)
    {
        m_scratch << TestEnvironment::freshDirectory(name);
        return m_scratch.last();
    }

    static QString packaging(const QString& file)
    {
        return TestEnvironment::sourceDir() + QStringLiteral("/packaging/") + file;
    }

    static QString desktopValue(const QString& path, const QString& key)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        for (const QByteArray& line : file.readAll().split('\n')) {
            if (line.startsWith(key.toUtf8() + '='))
                return QString::fromUtf8(line.mid(key.size() + 1));
        }
        return {};
    }

    static QString debField(const QString& deb, const QString& field)
    {
        QString output;
        PackageEditions::run(QStringLiteral("dpkg-deb"), {QStringLiteral("--field"), deb, field}, &output);
        return output.trimmed();
    }

    static void addEditionRows(const QList<PackageEdition>& editions)
    {
        QTest::addColumn<QString>("component");
        for (const PackageEdition& edition : editions)
            QTest::newRow(qPrintable(edition.package)) << edition.component;
    }

    static PackageEdition edition(const QString& component)
    {
        for (const PackageEdition& e : PackageEditions::all()) {
            if (e.component == component)
                return e;
        }
        return {};
    }

private slots:
    void cleanupTestCase()
    {
        for (const QString& dir : std::as_const(m_scratch))
            QDir(dir).removeRecursively();
    }

    void desktopEntries_data() { addEditionRows(PackageEditions::all()); }
    void desktopEntries()
    {
        QFETCH(QString, component);
        const PackageEdition e = edition(component);
        const QString path = packaging(e.package + QStringLiteral(".desktop"));
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QString output;
        const int code = PackageEditions::run(QStringLiteral("desktop-file-validate"), {path}, &output);
        // Not even a hint: the validator's silence is the pass.
        QVERIFY2(code == 0 && output.isEmpty(), qPrintable(output));
        QCOMPARE(desktopValue(path, QStringLiteral("Exec")), e.package);
        QCOMPARE(desktopValue(path, QStringLiteral("Icon")), e.package);
        QCOMPARE(desktopValue(path, QStringLiteral("StartupWMClass")), e.package);
    }

    void appstreamMetainfo_data() { addEditionRows(PackageEditions::all()); }
    void appstreamMetainfo()
    {
        QFETCH(QString, component);
        const PackageEdition e = edition(component);
        const QString path = packaging(e.appstreamId + QStringLiteral(".metainfo.xml"));
        QString output;
        const int code =
            PackageEditions::run(QStringLiteral("appstreamcli"),
                                 {QStringLiteral("validate"), QStringLiteral("--no-net"), path}, &output);
        QVERIFY2(code == 0, qPrintable(output));

        // The first of each element: the component's id, its launchable, binary and newest release.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QMap<QString, QString> first;
        QXmlStreamReader xml(&file);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QString name = xml.name().toString();
            if (name == QStringLiteral("release") && !first.contains(name))
                first.insert(name, xml.attributes().value(QStringLiteral("version")).toString());
            else if (QStringList{QStringLiteral("id"), QStringLiteral("launchable"), QStringLiteral("binary")}
                         .contains(name) &&
                     !first.contains(name))
                first.insert(name, xml.readElementText());
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(first.value(QStringLiteral("id")), e.appstreamId);
        QCOMPARE(first.value(QStringLiteral("launchable")), e.package + QStringLiteral(".desktop"));
        QCOMPARE(first.value(QStringLiteral("binary")), e.package);
        // The newest release listed is the version being built.
        QCOMPARE(first.value(QStringLiteral("release")), QStringLiteral(KKT_VERSION));
    }

    void installedTree_data() { addEditionRows(PackageEditions::built()); }
    void installedTree()
    {
        QFETCH(QString, component);
        const PackageEdition e = edition(component);
        const QString root = scratch(QStringLiteral("stage-") + e.package);
        QString error;
        QVERIFY2(PackageEditions::stage(e, root, &error), qPrintable(error));
        const QString usr = root + QStringLiteral("/usr/");
        QVERIFY(QFileInfo(usr + QStringLiteral("bin/") + e.package).isExecutable());
        QVERIFY(QFile::exists(usr + QStringLiteral("share/applications/") + e.package +
                              QStringLiteral(".desktop")));
        QVERIFY(QFile::exists(usr + QStringLiteral("share/metainfo/") + e.appstreamId +
                              QStringLiteral(".metainfo.xml")));
        QVERIFY(QFile::exists(usr + QStringLiteral("share/icons/hicolor/scalable/apps/") + e.package +
                              QStringLiteral(".svg")));
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
            const QString png =
                usr + QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(e.package);
            QImageReader reader(png);
            QCOMPARE(reader.format(), QByteArray("png"));
            QCOMPARE(reader.size(), QSize(size, size));
        }
        // The installed metainfo, desktop entry and icons together, as a software centre reads them.
        QString output;
        const int code = PackageEditions::run(
            QStringLiteral("appstreamcli"),
            {QStringLiteral("validate-tree"), QStringLiteral("--no-net"), root}, &output);
        QVERIFY2(code == 0, qPrintable(output));
    }

    void debianPackages()
    {
        const QString dir = scratch(QStringLiteral("debs"));
        QString error;
        const QStringList debs = PackageEditions::buildDebs(dir, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList expected;
        for (const PackageEdition& e : PackageEditions::built())
            expected << PackageEditions::debName(e);
        expected.sort();
        QCOMPARE(debs, expected);

        for (const PackageEdition& e : PackageEditions::built()) {
            const QString deb = dir + u'/' + PackageEditions::debName(e);
            QCOMPARE(debField(deb, QStringLiteral("Package")), e.package);
            const QString depends = debField(deb, QStringLiteral("Depends"));
            // dpkg-shlibdeps found the linked libraries; the plug-ins and data were added by hand.
            for (const QString& library :
                 {QStringLiteral("libqt6core6"), QStringLiteral("libqt6widgets6"),
                  QStringLiteral("libqt6keychain1"), QStringLiteral("libssh-4"),
                  QStringLiteral("libarchive13"), QStringLiteral("libsodium23"),
                  QStringLiteral("libqt6sql6-psql"), QStringLiteral("libqt6sql6-sqlite"),
                  QStringLiteral("libqt6svg6"), QStringLiteral("ca-certificates")})
                QVERIFY2(depends.contains(library), qPrintable(e.package + QStringLiteral(": ") + depends));
            QVERIFY(debField(deb, QStringLiteral("Recommends")).contains(QStringLiteral("gnome-keyring")));

            // The package holds exactly the installed tree of its edition.
            const QString root = scratch(QStringLiteral("unpacked-") + e.package);
            QCOMPARE(
                PackageEditions::run(QStringLiteral("dpkg-deb"), {QStringLiteral("--extract"), deb, root}),
                0);
            const QString staged = scratch(QStringLiteral("stage-") + e.package);
            QVERIFY2(PackageEditions::stage(e, staged, &error), qPrintable(error));
            QCOMPARE(PackageEditions::files(root), PackageEditions::files(staged));
            // Stripped, and no run path of its own.
            QString elf;
            PackageEditions::run(QStringLiteral("readelf"),
                                 {QStringLiteral("--dynamic"), QStringLiteral("--section-headers"),
                                  root + QStringLiteral("/usr/bin/") + e.package},
                                 &elf);
            QVERIFY2(!elf.contains(QStringLiteral("RUNPATH")) && !elf.contains(QStringLiteral("RPATH")),
                     qPrintable(elf));
            QVERIFY(!elf.contains(QStringLiteral(".debug_info")));

            // Debian's policy checker: no error and no warning (its remaining notes are the
            // hardening flags, README).
            QString lint;
            const int lintian = PackageEditions::run(
                QStringLiteral("lintian"), {QStringLiteral("--tag-display-limit"), QStringLiteral("0"), deb},
                &lint);
            QVERIFY2(lintian == 0,
                     qPrintable(QStringLiteral("lintian (exit %1; scripts/packages.txt installs it): %2")
                                    .arg(lintian)
                                    .arg(lint)));
            for (const QString& line : lint.split(u'\n'))
                QVERIFY2(!line.startsWith(QStringLiteral("E: ")) && !line.startsWith(QStringLiteral("W: ")),
                         qPrintable(lint));
        }
    }

    // The Windows installer's configuration (packaging/windows-macos.cmake, cpack-edition.cmake):
    // Debian's makensis builds it here from the Linux program, so this checks the CPack and NSIS
    // settings only — one installer per edition, its own name, shortcut and registry key — not a
    // Windows build.
    void windowsInstallerConfiguration_data() { addEditionRows(PackageEditions::built()); }
    void windowsInstallerConfiguration()
    {
        QFETCH(QString, component);
        const PackageEdition e = edition(component);
        const QString dir = scratch(QStringLiteral("nsis-") + e.package);
        QString output;
        const int code = PackageEditions::cpack(QStringLiteral("NSIS"), dir,
                                                {QStringLiteral("KKT_EDITION=") + component}, &output);
        QVERIFY2(code == 0, qPrintable(output));
        QVERIFY(
            QFile::exists(dir + QStringLiteral("/%1-%2.exe").arg(e.package, QStringLiteral(KKT_VERSION))));
        QFile script(dir + QStringLiteral("/_CPack_Packages/Linux/NSIS/project.nsi"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        const QString nsi = QString::fromUtf8(script.readAll());
        const QString displayName =
            desktopValue(packaging(e.package + QStringLiteral(".desktop")), QStringLiteral("Name"));
        QVERIFY(nsi.contains(QStringLiteral("Name \"%1\"").arg(displayName)));
        QVERIFY(nsi.contains(QStringLiteral("\\bin\\%1.exe").arg(e.package)));
        QVERIFY(nsi.contains(QStringLiteral("CurrentVersion\\Uninstall\\%1\"").arg(displayName)));
        // Only this edition's files.
        for (const PackageEdition& other : PackageEditions::all()) {
            if (other.component != component)
                QVERIFY(!nsi.contains(QStringLiteral("\\bin\\%1.exe").arg(other.package)));
        }
    }

    void windowsInstallerUnknownEdition()
    {
        QString output;
        const int code =
            PackageEditions::cpack(QStringLiteral("NSIS"), scratch(QStringLiteral("nsis-unknown")),
                                   {QStringLiteral("KKT_EDITION=kiosk")}, &output);
        QVERIFY(code != 0);
        QVERIFY2(
            output.contains(QStringLiteral("KKT_EDITION: \"kiosk\" is not an edition — use staff or client")),
            qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestPackageMetadata)
#include "TestPackageMetadata.moc"
