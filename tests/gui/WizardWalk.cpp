#include "WizardWalk.h"

#include "WidgetDriver.h"
#include "gui/DeploymentWizard.h"
#include "gui/FileDialogs.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

WizardWalk::WizardWalk(const QString& dir)
    : m_dir(dir)
    , m_wizard(new DeploymentWizard)
{
    m_wizard->resize(900, 700);
    m_wizard->show();
    if (!QTest::qWaitForWindowExposed(m_wizard))
        qWarning("the wizard was not exposed");
    m_ui = new WidgetDriver(m_wizard);
    m_ui->find<QCheckBox>(QStringLiteral("skipConnectionCheckBox"))->setChecked(true);
}

WizardWalk::~WizardWalk()
{
    delete m_ui;
    delete m_wizard;
}

bool WizardWalk::nextEnabled() const
{
    return m_wizard->button(QWizard::NextButton)->isEnabled();
}

void WizardWalk::next()
{
    QVERIFY2(nextEnabled(),
             qPrintable(QStringLiteral("Next is disabled on page %1").arg(m_wizard->currentId())));
    const int before = m_wizard->currentId();
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    QVERIFY(m_wizard->currentId() != before);
}

void WizardWalk::refuse(const QString& field, const QString& bad, const QString& message,
                        const QString& expected)
{
    m_ui->type(field, bad);
    QVERIFY2(!nextEnabled(), qPrintable(field + QStringLiteral(" accepted ") + bad));
    QVERIFY2(m_ui->shows(message), qPrintable(message + QStringLiteral(" is not shown for ") + bad));
    // The message names a problem and a fix, never only the field.
    QVERIFY(m_ui->text(message).contains(QStringLiteral(" — ")));
    m_ui->type(field, expected);
    QVERIFY2(!m_ui->shows(message), qPrintable(message + QStringLiteral(": ") + m_ui->text(message)));
}

void WizardWalk::fillValidPages()
{
    next();
    m_ui->type(QStringLiteral("hostEdit"), QStringLiteral("203.0.113.10"));
    m_ui->type(QStringLiteral("domainEdit"), QStringLiteral("kkt.example.ru"));
    next();
    m_ui->type(QStringLiteral("fullNameEdit"), QStringLiteral("Ivan Petrov"));
    m_ui->type(QStringLiteral("emailEdit"), QStringLiteral("ivan@example.ru"));
    m_ui->type(QStringLiteral("phoneEdit"), QStringLiteral("+7 912 345-67-89"));
    m_ui->type(QStringLiteral("companyEdit"), QStringLiteral("OOO Romashka"));
    next();
    m_ui->type(QStringLiteral("botTokenEdit"), botToken());
    next();
    m_ui->type(QStringLiteral("adminIdEdit"), QStringLiteral("123456789"));
    m_ui->click(QStringLiteral("addAdminIdButton"));
    m_ui->type(QStringLiteral("adminIdEdit"), QStringLiteral("987654321"));
    m_ui->click(QStringLiteral("addAdminIdButton"));
    next();
    m_ui->type(QStringLiteral("timezoneCombo"), QStringLiteral("Europe/Moscow"));
    next();
    next(); // Web server and security: the defaults
    QCOMPARE(m_wizard->currentId(), int(ReviewPageId));
}

QJsonObject WizardWalk::savedJson()
{
    const QString path = QDir(m_dir).filePath(QStringLiteral("saved.json"));
    QFile::remove(path);
    FileDialogs::setNextFileName(path);
    m_ui->click(QStringLiteral("saveConfigButton"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = file.readAll();
    // Secrets never reach the file.
    if (data.contains(botToken().toUtf8()) || data.contains(adminPassword().toUtf8()) ||
        data.contains("ssh-secret") || data.contains("key-secret"))
        return {};
    return QJsonDocument::fromJson(data).object();
}

QJsonObject WizardWalk::expectedJson()
{
    static const char json[] = R"({"mode": "production",
 "server": {"host": "203.0.113.10", "port": 22, "user": "root", "auth": "agent",
            "identityFile": "", "domain": "kkt.example.ru"},
 "admin": {"fullName": "Ivan Petrov", "email": "ivan@example.ru", "phone": "+79123456789",
           "company": "OOO Romashka", "passwordMode": "generate"},
 "telegram": {"adminIds": [123456789, 987654321]},
 "settings": {"notificationTime": "09:00", "timezone": "Europe/Moscow", "alertDays": [14, 7, 3],
              "backupTime": "03:00", "backupRetentionDays": 7},
 "release": {"source": "latest"}})";
    return QJsonDocument::fromJson(json).object();
}
