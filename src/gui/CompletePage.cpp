#include "CompletePage.h"

#include "DeploymentReport.h"
#include "FileDialogs.h"
#include "GuiLogging.h"
#include "SecretClipboard.h"
#include "ui_CompletePage.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QUrlQuery>

CompletePage::CompletePage(DeploymentConfig* config, DeploymentSecrets* secrets, QWidget* parent)
    : DeploymentPage(config, secrets, parent)
    , m_ui(new Ui::CompletePage)
{
    m_ui->setupUi(this);
    setFinalPage(true);
    // Values, never markup: a generated password may contain “<”.
    for (QLabel* label :
         {m_ui->instanceIdLabel, m_ui->adminEmailLabel, m_ui->adminPasswordLabel, m_ui->versionLabel})
        label->setTextFormat(Qt::PlainText);
    connect(m_ui->copyInstanceIdButton, &QPushButton::clicked, this,
            [this] { copy(m_outcome.instanceId, tr("Instance ID")); });
    connect(m_ui->copyUrlButton, &QPushButton::clicked, this,
            [this] { copy(m_outcome.publicUrl, tr("Web address")); });
    connect(m_ui->copyEmailButton, &QPushButton::clicked, this, [this] { copy(loginName(), tr("Login")); });
    connect(m_ui->copyPasswordButton, &QPushButton::clicked, this, [this] {
        SecretClipboard::copy(m_outcome.adminPassword);
        showMessage(tr("Password copied to the clipboard; it is removed from there in %n second(s).", nullptr,
                       SecretClipboard::clearDelay() / 1000),
                    false);
    });
    connect(m_ui->saveReportButton, &QPushButton::clicked, this, &CompletePage::saveReport);
    connect(m_ui->emailButton, &QPushButton::clicked, this, &CompletePage::emailCredentials);
    connect(m_ui->openWebButton, &QPushButton::clicked, this, &CompletePage::openWebInterface);
    connect(m_ui->deployAnotherButton, &QPushButton::clicked, this, &CompletePage::deployAnotherRequested);
    const QStringList steps = {tr("Open the web interface and log in as the administrator"),
                               tr("Change the administrator password if it was generated, and store it in "
                                  "the client’s password manager"),
                               tr("Send /start to the bot from each administrator’s Telegram account"),
                               tr("Hand the report to the client (without the password unless agreed)"),
                               tr("Check tomorrow that the first nightly backup ran")};
    for (const QString& step : steps) {
        auto* item = new QListWidgetItem(step, m_ui->nextStepsList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    // The checklist is short: as tall as its rows, no empty box around them.
    m_ui->nextStepsGroup->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->nextStepsList->setFixedHeight(m_ui->nextStepsList->sizeHintForRow(0) *
                                            m_ui->nextStepsList->count() +
                                        2 * m_ui->nextStepsList->frameWidth() + 4);
    clear();
    load(false);
}

CompletePage::~CompletePage()
{
    clear();
}

QString CompletePage::adminEmail() const
{
    return m_outcome.adminEmail.isEmpty() ? config().admin.email : m_outcome.adminEmail;
}

QString CompletePage::loginName() const
{
    // The application logs in by user name (the profile's administrator account), not by email.
    return m_outcome.adminUsername.isEmpty() ? adminEmail() : m_outcome.adminUsername;
}

void CompletePage::setOutcome(const DeploymentOutcome& outcome)
{
    m_outcome = outcome;
    m_ui->instanceIdLabel->setText(outcome.instanceId);
    m_ui->webUrlLabel->setText(
        QStringLiteral("<a href=\"%1\">%2</a>")
            .arg(outcome.publicUrl.toHtmlEscaped(), outcome.publicUrl.toHtmlEscaped()));
    m_ui->adminEmailLabel->setText(loginName());
    const bool hasPassword = !outcome.adminPassword.isEmpty();
    m_ui->adminPasswordLabel->setText(hasPassword ? outcome.adminPassword : tr("unchanged"));
    m_ui->copyPasswordButton->setEnabled(hasPassword);
    m_ui->includeCredentialsCheck->setEnabled(hasPassword);
    const QString bot =
        outcome.botUsername.isEmpty() ? QString() : QStringLiteral("https://t.me/") + outcome.botUsername;
    m_ui->botLinkLabel->setText(
        bot.isEmpty()
            ? tr("unknown")
            : QStringLiteral("<a href=\"%1\">t.me/%2</a>").arg(bot, outcome.botUsername.toHtmlEscaped()));
    m_ui->versionLabel->setText(outcome.version);
    m_ui->openWebButton->setEnabled(!outcome.publicUrl.isEmpty());
    // A test instance says so first, so that nobody hands it over as production.
    const bool test = config().mode == DeploymentMode::Test;
    m_ui->testInstanceLabel->setVisible(test);
    m_ui->testInstanceLabel->setText(
        !test ? QString()
              : (outcome.botUsername.isEmpty()
                     ? tr("TEST instance at %1/").arg(outcome.publicUrl)
                     : tr("TEST instance at %1/, bot @%2").arg(outcome.publicUrl, outcome.botUsername)) +
                    (outcome.production.value(QStringLiteral("unchanged")).toBool()
                         ? u' ' + tr("— production %1 checked before and after: unchanged.")
                                      .arg(outcome.production.value(QStringLiteral("instanceId")).toString())
                         : QString()));
}

void CompletePage::clear()
{
    m_outcome.adminPassword.fill(QChar(u'\0'));
    m_outcome = DeploymentOutcome();
    for (QLabel* label :
         {m_ui->instanceIdLabel, m_ui->webUrlLabel, m_ui->adminEmailLabel, m_ui->adminPasswordLabel,
          m_ui->botLinkLabel, m_ui->versionLabel, m_ui->reportMessageLabel})
        label->clear();
    m_ui->reportMessageLabel->setVisible(false);
    m_ui->includeCredentialsCheck->setChecked(false);
    for (int i = 0; i < m_ui->nextStepsList->count(); ++i)
        m_ui->nextStepsList->item(i)->setCheckState(Qt::Unchecked);
}

void CompletePage::copy(const QString& text, const QString& what)
{
    QGuiApplication::clipboard()->setText(text);
    showMessage(tr("%1 copied to the clipboard.").arg(what), false);
}

void CompletePage::showMessage(const QString& message, bool failed)
{
    if (failed)
        setUpMessage(m_ui->reportMessageLabel);
    else
        m_ui->reportMessageLabel->setPalette(QPalette());
    m_ui->reportMessageLabel->setText(message);
    m_ui->reportMessageLabel->setVisible(!message.isEmpty());
}

bool CompletePage::saveReport()
{
    const QString name =
        QStringLiteral("kkt-report-%1.pdf")
            .arg(m_outcome.instanceId.isEmpty() ? QStringLiteral("deployment") : m_outcome.instanceId);
    QString path = FileDialogs::saveFileName(this, tr("Save report"), QDir::home().filePath(name),
                                             tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    return saveReportTo(path);
}

bool CompletePage::saveReportTo(const QString& path)
{
    const bool credentials = m_ui->includeCredentialsCheck->isChecked();
    QString error;
    if (!DeploymentReport::writePdf(path, DeploymentReport::html(config(), m_outcome, credentials), &error)) {
        showMessage(error, true);
        return false;
    }
    qCInfo(lcGui) << "report saved, with password:" << credentials;
    showMessage(credentials
                    ? tr("Report saved to “%1”, with the administrator password: keep it safe.")
                          .arg(QDir::toNativeSeparators(path))
                    : tr("Report saved to “%1”, without the password.").arg(QDir::toNativeSeparators(path)),
                false);
    return true;
}

QUrl CompletePage::mailUrl() const
{
    // Never the password: a mailto: URL passes through the desktop's URL handlers, the mail
    // program's drafts and the mail servers in clear text.
    QString body = tr("KKT instance %1\n\nWeb interface: %2\nLogin: %3\n")
                       .arg(m_outcome.instanceId, m_outcome.publicUrl, loginName());
    body += tr("The password is given to you separately.\n");
    if (!m_outcome.botUsername.isEmpty())
        body += tr("Telegram bot: https://t.me/%1\n").arg(m_outcome.botUsername);
    QUrl url(QStringLiteral("mailto:") + adminEmail());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("subject"), QString::fromLatin1(QUrl::toPercentEncoding(
                                                      tr("Your KKT instance %1").arg(m_outcome.instanceId))));
    query.addQueryItem(QStringLiteral("body"), QString::fromLatin1(QUrl::toPercentEncoding(body)));
    url.setQuery(query);
    return url;
}

void CompletePage::emailCredentials()
{
    if (!QDesktopServices::openUrl(mailUrl()))
        showMessage(tr("No mail program opened: set a default mail application, or copy the values above."),
                    true);
}

void CompletePage::openWebInterface()
{
    if (!QDesktopServices::openUrl(QUrl(m_outcome.publicUrl)))
        showMessage(tr("No browser opened for %1: copy the address instead.").arg(m_outcome.publicUrl), true);
}
