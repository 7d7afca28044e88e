#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One edition as packaging/CMakeLists.txt packages it: a CPack component and a .deb each.
struct PackageEdition
{
    QString component;   // staff, client
    QString package;     // kkt-deploy, kkt-deploy-client: also the executable, desktop entry and icon
    QString appstreamId; // ru.kkt.KktDeploy, ru.kkt.KktDeployClient
};

// The editions and how the packaging tests make their packages from the build folder, as a
// packager would: `cpack -G DEB`, and `cmake --install --component` for the installed tree.
class PackageEditions
{
public:
    // Every edition packaging/ has metadata for.
    static QList<PackageEdition> all();
    // The staff edition, and the self-service one when this build has its target
    // (KKT_PACKAGE_CLIENT_EDITION, set from $<TARGET_EXISTS:kkt-deploy-client>).
    static QList<PackageEdition> built();

    // kkt-deploy_0.1.0_amd64.deb: the name cpack gives the edition's package on this machine.
    static QString debName(const PackageEdition& edition);
    // Runs cpack for the build folder, writing into dir; the .deb files it wrote (file names).
    static QStringList buildDebs(const QString& dir, QString* error);
    // cpack -G GENERATOR [-D definitions…] for the build folder into dir: its exit code and output.
    static int cpack(const QString& generator, const QString& dir, const QStringList& definitions,
                     QString* output);
    // Installs the edition's component into dir with prefix /usr, stripped, as its package has it.
    static bool stage(const PackageEdition& edition, const QString& dir, QString* error);
    // Every regular file under dir, relative to it ("usr/bin/kkt-deploy"), sorted.
    static QStringList files(const QString& dir);

    // Runs a program to its end; its exit code (-1 when it did not start or finish) and output.
    static int run(const QString& program, const QStringList& arguments, QString* output = nullptr,
                   const QString& workingDirectory = QString(), int timeoutMs = 600000);
};
