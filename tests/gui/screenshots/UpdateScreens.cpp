#include "UpdateScreens.h"

#include "Screenshots.h"
#include "gui/FleetUpdateDialog.h"
#include "gui/MainWindow.h"
#include "gui/UpdateReviewDialog.h"
#include "gui/UpdatesModel.h"
#include "gui/UpdatesTab.h"
#include "registry/Registry.h"
#include "registry/SchemaMigrator.h"
#include "support/FakeGitHubServer.h"
#include "support/SampleRelease.h"
#include "support/SampleUpdateRelease.h"
#include "support/TestEnvironment.h"
#include "support/TestSshAgent.h"
#include "support/TestSshd.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>
#include <QUuid>

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

bool fail(const QString& message)
{
    QTextStream(stderr) << "updates: " << message << Qt::endl;
    return false;
}

// An instance on the loopback sshd: its own folder with a .version, and a copy of the sample's
// payload profile that puts the application there.
bool addInstance(Registry& registry, const TestSshd& sshd, const QString& dir, const QString& name,
                 const QString& company, const QString& version, QString* error)
{
    const QString appDir = dir + u'/' + name;
    const QString profile = appDir + QStringLiteral("-profile.json");
    if (!QDir().mkpath(appDir) || !writeFile(appDir + QStringLiteral("/.version"), version.toUtf8() + '\n') ||
        !writeFile(profile,
                   readFile(SampleRelease::profile()).replace("/home/kktapp/kkt-system", appDir.toUtf8()))) {
        *error = QStringLiteral("cannot write the folder of ") + name;
        return false;
    }
    InstanceRecord r;
    r.uuid = QUuid::createUuid();
    r.name = r.instanceNumber = name;
    r.company = company;
    r.ip = r.sshHost = QStringLiteral("127.0.0.1");
    r.sshPort = sshd.port();
    r.sshUser = QStringLiteral("root");
    r.hostKeyFingerprint = sshd.hostKeyFingerprint();
    r.mode = QStringLiteral("production");
    r.payloadProfile = profile;
    r.appFolder = appDir;
    r.version = version;
    r.domain = name.toLower() + QStringLiteral(".example.ru");
    r.deployedAt = QDateTime::currentDateTimeUtc().addDays(-20);
    return registry.upsertInstance(r, error);
}

// The sample's releases as the project publishes them: the archive, its checksums and, for 1.1.0,
// its manifest.
bool publishReleases(FakeGitHubServer& github, const QString& dir, QString* error)
{
    QString archive, checksums, updateArchive, updateChecksums;
    const QString update = SampleUpdateRelease::v110();
    if (!SampleRelease::build(dir, &archive, &checksums, error) ||
        !SampleUpdateRelease::build(update, dir, &updateArchive, &updateChecksums, error))
        return false;
    if (!github.listen()) {
        *error = QStringLiteral("the local GitHub server did not start");
        return false;
    }
    github.addRelease(QStringLiteral("v") + SampleRelease::version(),
                      QDateTime::currentDateTimeUtc().addDays(-30),
                      {{QFileInfo(archive).fileName(), readFile(archive)},
                       {QStringLiteral("checksums.txt"), readFile(checksums)}});
    github.addRelease(QStringLiteral("v") + update, QDateTime::currentDateTimeUtc().addDays(-1),
                      {{QFileInfo(updateArchive).fileName(), readFile(updateArchive)},
                       {QStringLiteral("checksums.txt"), readFile(updateChecksums)},
                       {QStringLiteral("manifest.json"), readFile(dir + QStringLiteral("/tree-") + update +
                                                                  QStringLiteral("/manifest.json"))}});
    return true;
}

} // namespace

bool UpdateScreens::shoot(const Screenshots& shots)
{
    const QString dir = TestEnvironment::freshDirectory(QStringLiteral("screenshots-updates"));
    QString error;
    FakeGitHubServer github;
    if (!publishReleases(github, dir, &error))
        return fail(error);
    qputenv("KKT_GITHUB_API_URL", github.baseUrl().toString().toUtf8());
    qputenv("KKT_GITHUB_TOKEN", "screenshots-token"); // keeps the keychain out

    TestSshd sshd(QStringLiteral("screenshots-updates-sshd"));
    TestSshAgent agent;
    if (!sshd.start() || !agent.start() || !agent.addKey(sshd.clientKey(QStringLiteral("ed25519"))))
        return fail(QStringLiteral("sshd or ssh-agent: ") + sshd.error());
    const QByteArray previousAgent = qgetenv("SSH_AUTH_SOCK");
    qputenv("SSH_AUTH_SOCK", agent.socket().toUtf8());

    RegistryTarget target;
    target.sqlitePath = dir + QStringLiteral("/registry.sqlite");
    {
        Registry registry(target);
        QSqlDatabase db = registry.database(&error);
        if (!SchemaMigrator(target.kind).migrate(db, nullptr, &error) || !registry.open(&error) ||
            !addInstance(registry, sshd, dir, QStringLiteral("INST-20261104093015"),
                         shots.russian() ? QStringLiteral("ООО «Ромашка»") : QStringLiteral("OOO Romashka"),
                         SampleRelease::version(), &error) ||
            !addInstance(registry, sshd, dir, QStringLiteral("INST-20261118141207"),
                         shots.russian() ? QStringLiteral("ИП Иванов") : QStringLiteral("IP Ivanov"),
                         SampleUpdateRelease::v110(), &error))
            return fail(error);
    }
    QSettings().setValue(RegistryTarget::settingsKey(), target.sqlitePath);

    bool ok = false;
    {
        MainWindow window;
        window.resize(1100, 700);
        window.show();
        auto* tab = window.findChild<UpdatesTab*>();
        window.findChild<QTabWidget*>()->setCurrentWidget(tab);
        if (!Screenshots::waitFor([tab] { return tab->model()->rowCount() == 2; }, 20000))
            return fail(QStringLiteral("the Updates tab did not list the two instances"));
        tab->findChild<QPushButton*>(QStringLiteral("checkAllButton"))->click();
        const bool checked = Screenshots::waitFor(
            [tab] {
                return !tab->isBusy() && tab->model()->rowAt(0).state != UpdatesModel::State::NotChecked;
            },
            120000);
        int offered = -1;
        for (int row = 0; row < tab->model()->rowCount(); ++row) {
            if (tab->model()->rowAt(row).state == UpdatesModel::State::UpdateAvailable)
                offered = row;
        }
        if (!checked || offered < 0) {
            shots.save(&window, QStringLiteral("updates-check-failed"));
            return fail(QStringLiteral("Check all offered no update"));
        }
        // Unselected, so that the severity badge shows; then the row is selected for its review.
        ok = shots.save(&window, QStringLiteral("updates-offered"));
        tab->findChild<QTableView*>(QStringLiteral("instancesView"))
            ->setCurrentIndex(tab->model()->index(offered, 0));
        tab->findChild<QPushButton*>(QStringLiteral("reviewButton"))->click();
        auto* review = tab->findChild<UpdateReviewDialog*>();
        ok &= review && Screenshots::waitFor([review] { return review->isVisible(); }, 10000) &&
              shots.save(review, QStringLiteral("update-review"));
        if (review)
            review->reject();
        // The fleet dialog with its wave plan for what Check all found.
        tab->findChild<QPushButton*>(QStringLiteral("fleetButton"))->click();
        auto* fleet = tab->findChild<FleetUpdateDialog*>();
        ok &= fleet && Screenshots::waitFor([fleet] { return fleet->isVisible(); }, 10000) &&
              shots.save(fleet, QStringLiteral("fleet-update"));
        if (fleet)
            fleet->reject();
    }
    QSettings().remove(RegistryTarget::settingsKey());
    qputenv("SSH_AUTH_SOCK", previousAgent);
    sshd.stop();
    return ok;
}
