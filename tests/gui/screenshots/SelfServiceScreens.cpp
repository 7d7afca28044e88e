#include "SelfServiceScreens.h"

#include "Screenshots.h"
#include "core/Edition.h"
#include "gui/IssueTokenDialog.h"
#include "gui/MainWindow.h"
#include "gui/WelcomePage.h"
#include "registry/RegistryConnection.h"
#include "registry/RegistryTestDatabase.h"
#include "registry/RegistryWorker.h"
#include "registry/SchemaMigrator.h"
#include "support/PostgresServer.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTextStream>

namespace {

bool fail(const QString& message)
{
    QTextStream(stderr) << "self-service: " << message << Qt::endl;
    return false;
}

// Registry tab → Issue self-service token…, filled in and issued; the deployment key it showed.
QString shootIssueToken(const Screenshots& shots, const RegistryTarget& staff, bool* ok)
{
    RegistryWorker worker(staff);
    IssueTokenDialog dialog(&worker);
    QString key;
    int loads = 0;
    QObject::connect(&dialog, &IssueTokenDialog::issued, &dialog,
                     [&key](const QString& issued) { key = issued; });
    QObject::connect(&dialog, &IssueTokenDialog::tokensLoaded, &dialog, [&loads] { ++loads; });
    dialog.show();
    if (!Screenshots::waitFor([&loads] { return loads == 1; }, 20000)) {
        *ok = fail(QStringLiteral("the token list was not read"));
        return {};
    }
    dialog.findChild<QLineEdit*>(QStringLiteral("companyEdit"))
        ->setText(shots.russian() ? QStringLiteral("ООО «Ромашка»") : QStringLiteral("OOO Romashka"));
    dialog.findChild<QSpinBox*>(QStringLiteral("expiryDaysSpin"))->setValue(7);
    dialog.findChild<QLineEdit*>(QStringLiteral("noteEdit"))
        ->setText(shots.russian() ? QStringLiteral("VDS в Москве") : QStringLiteral("VDS in Moscow"));
    dialog.findChild<QPushButton*>(QStringLiteral("issueButton"))->click();
    // Issued, and the list read again with it.
    if (!Screenshots::waitFor([&] { return !key.isEmpty() && loads == 2; }, 20000)) {
        *ok = fail(QStringLiteral("no token was issued"));
        return {};
    }
    *ok = shots.save(&dialog, QStringLiteral("issue-token"));
    return key;
}

// The client edition's window: the Welcome page with the deployment key checked.
bool shootClientWelcome(const Screenshots& shots, const QString& key)
{
    Edition::set(Edition::Kind::SelfService);
    bool ok = false;
    {
        MainWindow window;
        window.show();
        auto* page = window.findChild<WelcomePage*>();
        bool checked = false;
        QObject::connect(page, &WelcomePage::tokenChecked, page, [&checked] { checked = true; });
        page->findChild<QLineEdit*>(QStringLiteral("tokenEdit"))->setText(key);
        page->findChild<QPushButton*>(QStringLiteral("checkTokenButton"))->click();
        ok = Screenshots::waitFor([&checked] { return checked; }, 20000) && page->isComplete();
        if (!ok)
            fail(QStringLiteral("the deployment key was not accepted"));
        ok &= shots.save(&window, QStringLiteral("client-1-welcome"));
    }
    Edition::set(Edition::Kind::Staff);
    return ok;
}

} // namespace

bool SelfServiceScreens::shoot(const Screenshots& shots)
{
    PostgresServer postgres;
    const QString database = QStringLiteral("kkt_registry");
    if (!postgres.start() || !postgres.createDatabase(database))
        return fail(QStringLiteral("postgres: ") + postgres.error());
    const RegistryTarget owner = RegistryTestDatabase::postgres(postgres, database, postgres.superuser(),
                                                                postgres.superuserPassword());
    QString error;
    QSqlDatabase db = RegistryConnection::open(owner, &error);
    if (!db.isValid() || !SchemaMigrator(owner.kind).migrate(db, nullptr, &error))
        return fail(error);
    if (!postgres.runSql(database, QStringLiteral("CREATE ROLE support LOGIN PASSWORD 'Support-Screens-1x' "
                                                  "IN ROLE kkt_deployer;")))
        return fail(postgres.error());
    bool ok = false;
    const QString key =
        shootIssueToken(shots,
                        RegistryTestDatabase::postgres(postgres, database, QStringLiteral("support"),
                                                       QStringLiteral("Support-Screens-1x")),
                        &ok);
    // The client has nothing but the key: no registry setting, no password elsewhere.
    QSettings().remove(RegistryTarget::settingsKey());
    ok = ok && shootClientWelcome(shots, key);
    postgres.stop();
    return ok;
}
