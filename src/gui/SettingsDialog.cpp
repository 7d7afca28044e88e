#include "SettingsDialog.h"

#include "FileDialogs.h"
#include "RegistrySignIn.h"
#include "registry/RegistryTls.h"
#include "releases/GitHubReleases.h"
#include "secrets/SecretStore.h"
#include "ui_SettingsDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QLayout>
#include <QPushButton>
#include <QSettings>

namespace {

const QString githubApiKey = QStringLiteral("releases/apiBaseUrl");
const QString githubRepositoryKey = QStringLiteral("releases/repository");
const QString telegramApiKey = QStringLiteral("telegram/apiBaseUrl");

void setValueOrRemove(QSettings& settings, const QString& key, const QString& value)
{
    if (value.isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, value);
}

} // namespace

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_keychain(new SecretStore(this))
    , m_signIn(new RegistrySignIn(this))
{
    m_ui->setupUi(this);
    m_ui->registrySslModeCombo->addItem(tr("Verify the server (verify-full, recommended)"),
                                        QStringLiteral("verify-full"));
    m_ui->registrySslModeCombo->addItem(tr("Encrypt, do not verify the server (require)"),
                                        QStringLiteral("require"));
    m_ui->registrySslModeCombo->addItem(tr("No encryption (disable) — trusted networks only"),
                                        QStringLiteral("disable"));
    connect(m_ui->registryCaButton, &QPushButton::clicked, this, [this] {
        const QString file = FileDialogs::openFileName(this, tr("CA certificate of the registry server"),
                                                       m_ui->registryCaEdit->text(),
                                                       tr("Certificates (*.crt *.pem);;All files (*)"));
        if (!file.isEmpty())
            m_ui->registryCaEdit->setText(QDir::toNativeSeparators(file));
    });
    m_ui->languageCombo->addItem(tr("System language"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_ui->signInProgress->hide();
    m_ui->cancelSignInButton->hide();
    m_ui->removeTokenButton->setEnabled(false);
    for (QLabel* label : {m_ui->registryMessageLabel, m_ui->releasesMessageLabel, m_ui->telegramMessageLabel})
        label->hide();

    connect(m_ui->embeddedRadio, &QRadioButton::toggled, this, &SettingsDialog::updateRegistryFields);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &SettingsDialog::signIn);
    connect(m_signIn, &RegistrySignIn::finished, this, &SettingsDialog::finishSignIn);
    connect(m_ui->cancelSignInButton, &QPushButton::clicked, this, &SettingsDialog::cancelSignIn);
    connect(m_ui->registryPasswordEdit, &QLineEdit::returnPressed, this, &SettingsDialog::signIn);
    connect(m_ui->removeTokenButton, &QPushButton::clicked, this, &SettingsDialog::removeToken);
    // The token belongs to one API host: another host has its own (or none).
    connect(m_ui->githubApiEdit, &QLineEdit::editingFinished, this, &SettingsDialog::refreshTokenState);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    load();
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::storedLanguage()
{
    const QString language = QSettings().value(languageSettingsKey()).toString();
    return language == QStringLiteral("en") || language == QStringLiteral("ru") ? language : QString();
}

void SettingsDialog::load()
{
    QSettings settings;
    m_originalRegistryUrl = settings.value(RegistryTarget::settingsKey()).toString();
    QString error;
    const RegistryTarget configured = m_originalRegistryUrl.isEmpty()
                                          ? RegistryTarget()
                                          : RegistryTarget::parse(m_originalRegistryUrl, &error);
    const bool central = error.isEmpty() && configured.isPostgres();
    const RegistryTarget embedded = error.isEmpty() && !m_originalRegistryUrl.isEmpty() && !central
                                        ? configured
                                        : RegistryTarget::embedded();
    m_ui->embeddedPathLabel->setText(tr("File: %1").arg(QDir::toNativeSeparators(embedded.sqlitePath)));
    if (central) {
        m_ui->centralRadio->setChecked(true);
        m_ui->registryHostEdit->setText(configured.host);
        m_ui->registryPortSpin->setValue(configured.port);
        m_ui->registryDatabaseEdit->setText(configured.database);
        m_ui->registryRoleEdit->setText(configured.user);
        m_ui->registrySslModeCombo->setCurrentIndex(
            qMax(0, m_ui->registrySslModeCombo->findData(configured.sslMode)));
        m_ui->registryCaEdit->setText(QDir::toNativeSeparators(configured.caFile));
    } else if (!error.isEmpty()) {
        showMessage(m_ui->registryMessageLabel,
                    tr("The saved registry “%1” is not usable (%2); the embedded registry is used until you "
                       "choose one here.")
                        .arg(m_originalRegistryUrl, error),
                    true);
    }
    updateRegistryFields();

    m_ui->githubApiEdit->setText(settings.value(githubApiKey).toString());
    m_ui->githubRepositoryEdit->setText(settings.value(githubRepositoryKey).toString());
    m_ui->telegramApiEdit->setText(settings.value(telegramApiKey).toString());
    const int language = m_ui->languageCombo->findData(storedLanguage());
    m_ui->languageCombo->setCurrentIndex(qMax(0, language));
    refreshTokenState();
}

void SettingsDialog::updateRegistryFields()
{
    const bool central = m_ui->centralRadio->isChecked();
    m_ui->centralFields->setEnabled(central);
    m_ui->embeddedPathLabel->setEnabled(!central);
}

RegistryTarget SettingsDialog::centralTarget(QString* problem) const
{
    problem->clear();
    const QString host = m_ui->registryHostEdit->text().trimmed();
    const QString database = m_ui->registryDatabaseEdit->text().trimmed();
    const QString role = m_ui->registryRoleEdit->text().trimmed();
    if (host.isEmpty()) {
        *problem = tr("Host: empty — enter the name or IP address of the registry’s PostgreSQL server");
        return {};
    }
    if (database.isEmpty()) {
        *problem = tr("Database: empty — enter the registry database, usually kkt_master_registry");
        return {};
    }
    if (role.isEmpty()) {
        *problem = tr("Role: empty — enter your own PostgreSQL role (ask the registry’s administrator)");
        return {};
    }
    RegistryTarget target;
    target.kind = RegistryTarget::Kind::Postgres;
    target.host = host;
    target.port = m_ui->registryPortSpin->value();
    target.database = database;
    target.user = role;
    // The same parser as --registry, so the GUI and the command line agree on what is valid.
    QString error;
    const RegistryTarget parsed = RegistryTarget::parse(target.display(), &error);
    if (!error.isEmpty() || parsed.host.compare(host, Qt::CaseInsensitive) != 0 || parsed.user != role ||
        parsed.database != database) {
        *problem = tr("Host, database or role: “%1” is not a valid registry address — use a plain host name "
                      "or IP address and names without spaces, “@”, “:” or “/”")
                       .arg(target.display());
        return {};
    }
    RegistryTarget result = parsed;
    // verify-full, the default, is stored as no choice, so the environment may still choose.
    const QString mode = m_ui->registrySslModeCombo->currentData().toString();
    result.sslMode = mode == RegistryTls::defaultMode() ? QString() : mode;
    const QString ca = m_ui->registryCaEdit->text().trimmed();
    if (!ca.isEmpty() && !QFileInfo(ca).isReadable()) {
        *problem =
            tr("CA certificate: %1 cannot be read — choose the PEM file of the authority that signed the "
               "registry server’s certificate, or leave the field empty for the system’s authorities")
                .arg(ca);
        return {};
    }
    result.caFile = ca.isEmpty() ? QString() : QFileInfo(QDir::fromNativeSeparators(ca)).absoluteFilePath();
    return result;
}

void SettingsDialog::signIn()
{
    if (m_signIn->isRunning())
        return;
    QString problem;
    RegistryTarget target = centralTarget(&problem);
    if (problem.isEmpty() && m_ui->registryPasswordEdit->text().isEmpty())
        problem = tr("Password: empty — enter the PostgreSQL password of role “%1”").arg(target.user);
    if (!problem.isEmpty()) {
        showMessage(m_ui->registryMessageLabel, problem, true);
        return;
    }
    target.password = m_ui->registryPasswordEdit->text();
    showMessage(m_ui->registryMessageLabel, tr("Signing in to %1…").arg(target.display()), false);
    setSigningIn(true);
    m_signIn->start(target);
}

void SettingsDialog::cancelSignIn()
{
    if (!m_signIn->isRunning())
        return;
    m_signIn->cancel();
    setSigningIn(false);
    showMessage(m_ui->registryMessageLabel, tr("Sign-in cancelled; nothing was stored."), false);
}

void SettingsDialog::finishSignIn(const RegistryTarget& target, bool ok, const QString& message,
                                  const QString& details)
{
    setSigningIn(false);
    if (!ok) {
        showMessage(m_ui->registryMessageLabel, message, true);
        m_ui->registryMessageLabel->setToolTip(details);
        return;
    }
    m_signedInKey = target.key();
    // The password now lives in the keychain only.
    m_ui->registryPasswordEdit->clear();
    showMessage(m_ui->registryMessageLabel,
                tr("Signed in to %1 as “%2”; the password is stored in the keychain. Save to use this "
                   "registry.")
                    .arg(target.display(), target.user),
                false);
}

void SettingsDialog::setSigningIn(bool running)
{
    m_ui->signInProgress->setVisible(running);
    m_ui->cancelSignInButton->setVisible(running);
    m_ui->signInButton->setEnabled(!running);
    m_ui->registryHostEdit->setReadOnly(running);
    m_ui->registryDatabaseEdit->setReadOnly(running);
    m_ui->registryRoleEdit->setReadOnly(running);
    m_ui->registryPasswordEdit->setReadOnly(running);
    m_ui->registryPortSpin->setReadOnly(running);
    m_ui->registrySslModeCombo->setEnabled(!running);
    m_ui->registryCaEdit->setReadOnly(running);
    m_ui->registryCaButton->setEnabled(!running);
}

QUrl SettingsDialog::githubApiBase() const
{
    const QString text = m_ui->githubApiEdit->text().trimmed();
    return QUrl(text.isEmpty() ? QStringLiteral("https://api.github.com") : text);
}

void SettingsDialog::refreshTokenState()
{
    const QUrl base = githubApiBase();
    if (!urlProblem(QString(), m_ui->githubApiEdit->text().trimmed(), QString()).isEmpty()) {
        m_tokenStored = false;
        m_ui->tokenStateLabel->setText(tr("Token: —"));
        m_ui->removeTokenButton->setEnabled(false);
        return;
    }
    m_ui->tokenStateLabel->setText(tr("Token: checking the keychain…"));
    m_keychain->read(GitHubReleases::tokenKeychainKey(base), [this, base](const SecretStore::Result& r) {
        if (base != githubApiBase())
            return; // the field changed meanwhile; a newer read answers
        m_tokenStored = r.ok();
        if (r.ok())
            m_ui->tokenStateLabel->setText(tr("Token for %1: stored").arg(base.host()));
        else if (r.status == SecretStore::Status::NotFound)
            m_ui->tokenStateLabel->setText(tr("Token for %1: not stored").arg(base.host()));
        else
            m_ui->tokenStateLabel->setText(tr("Token for %1: unknown — %2").arg(base.host(), r.message));
        m_ui->removeTokenButton->setEnabled(r.ok());
    });
}

void SettingsDialog::removeToken()
{
    const QUrl base = githubApiBase();
    m_ui->removeTokenButton->setEnabled(false);
    m_keychain->remove(GitHubReleases::tokenKeychainKey(base), [this, base](const SecretStore::Result& r) {
        if (!r.ok() && r.status != SecretStore::Status::NotFound) {
            showMessage(m_ui->releasesMessageLabel, tr("Token: not removed — %1").arg(r.message), true);
            m_ui->removeTokenButton->setEnabled(m_tokenStored);
            return;
        }
        m_tokenStored = false;
        m_ui->tokenStateLabel->setText(tr("Token for %1: not stored").arg(base.host()));
        showMessage(m_ui->releasesMessageLabel,
                    tr("The token for %1 was removed from the keychain.").arg(base.host()), false);
    });
}

QString SettingsDialog::urlProblem(const QString& field, const QString& text, const QString& example)
{
    if (text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QStringLiteral("https") && url.scheme() != QStringLiteral("http")))
        return tr("%1: “%2” is not a web address — write it with https://, e.g. %3, or leave it empty for "
                  "the "
                  "default")
            .arg(field, text, example);
    if (!url.userInfo().isEmpty())
        return tr("%1: the address contains a user name or password — remove it; a token belongs in the "
                  "keychain, not in an address")
            .arg(field);
    if (url.hasQuery() || url.hasFragment())
        return tr("%1: “%2” has a “?” or “#” part — remove it, the address ends with the API’s path")
            .arg(field, text);
    return {};
}

bool SettingsDialog::validate()
{
    bool ok = true;
    for (QLabel* label : {m_ui->releasesMessageLabel, m_ui->telegramMessageLabel})
        label->hide();
    if (m_ui->centralRadio->isChecked()) {
        QString problem;
        const RegistryTarget target = centralTarget(&problem);
        if (problem.isEmpty() && !m_ui->registryPasswordEdit->text().isEmpty() &&
            m_signedInKey != target.key())
            problem = tr("Password: typed but not signed in — press Sign in to check it and keep it in the "
                         "keychain, or clear the field");
        if (!problem.isEmpty()) {
            showMessage(m_ui->registryMessageLabel, problem, true);
            ok = false;
        }
    }
    QStringList releaseProblems;
    if (const QString p = urlProblem(tr("GitHub API URL"), m_ui->githubApiEdit->text().trimmed(),
                                     QStringLiteral("https://github.example.com/api/v3"));
        !p.isEmpty())
        releaseProblems << p;
    const QString repository = m_ui->githubRepositoryEdit->text().trimmed();
    if (!repository.isEmpty())
        if (const QString p = GitHubReleases::repositoryProblem(repository); !p.isEmpty())
            releaseProblems << tr("Repository: %1").arg(p);
    if (m_ui->githubTokenEdit->text().trimmed().contains(u' '))
        releaseProblems << tr("Token: contains a space — paste the token alone");
    if (!releaseProblems.isEmpty()) {
        showMessage(m_ui->releasesMessageLabel, releaseProblems.join(u'\n'), true);
        ok = false;
    }
    if (const QString p = urlProblem(tr("Bot API URL"), m_ui->telegramApiEdit->text().trimmed(),
                                     QStringLiteral("https://telegram-bot-api.example.com"));
        !p.isEmpty()) {
        showMessage(m_ui->telegramMessageLabel, p, true);
        ok = false;
    }
    return ok;
}

void SettingsDialog::accept()
{
    if (m_saving || m_signIn->isRunning())
        return;
    if (!validate())
        return;
    const QString token = m_ui->githubTokenEdit->text().trimmed();
    if (token.isEmpty()) {
        save();
        return;
    }
    // The token goes to the keychain first; the dialog closes only once it is there.
    m_saving = true;
    m_ui->buttonBox->setEnabled(false);
    const QUrl base = githubApiBase();
    m_keychain->write(
        GitHubReleases::tokenKeychainKey(base), token, [this, base](const SecretStore::Result& r) {
            m_saving = false;
            m_ui->buttonBox->setEnabled(true);
            if (!r.ok()) {
                showMessage(
                    m_ui->releasesMessageLabel,
                    tr("Token: the keychain did not store it — %1. Unlock the keychain and save again, or "
                       "clear the field.")
                        .arg(r.message),
                    true);
                return;
            }
            m_ui->githubTokenEdit->clear();
            m_tokenStored = true;
            m_ui->tokenStateLabel->setText(tr("Token for %1: stored").arg(base.host()));
            m_ui->removeTokenButton->setEnabled(true);
            save();
        });
}

void SettingsDialog::save()
{
    QSettings settings;
    QString registryUrl;
    QString ignored;
    if (m_ui->centralRadio->isChecked())
        registryUrl = centralTarget(&ignored).url();
    else if (RegistryTarget::parse(m_originalRegistryUrl, &ignored).kind == RegistryTarget::Kind::Sqlite &&
             ignored.isEmpty())
        registryUrl = m_originalRegistryUrl; // a registry file chosen on the command line stays
    setValueOrRemove(settings, RegistryTarget::settingsKey(), registryUrl);
    QString apiBase = m_ui->githubApiEdit->text().trimmed();
    while (apiBase.endsWith(u'/'))
        apiBase.chop(1);
    setValueOrRemove(settings, githubApiKey, apiBase);
    setValueOrRemove(settings, githubRepositoryKey, m_ui->githubRepositoryEdit->text().trimmed());
    QString telegram = m_ui->telegramApiEdit->text().trimmed();
    while (telegram.endsWith(u'/'))
        telegram.chop(1);
    setValueOrRemove(settings, telegramApiKey, telegram);
    setValueOrRemove(settings, languageSettingsKey(), m_ui->languageCombo->currentData().toString());
    settings.sync();
    QString error;
    const bool signedInHere =
        !registryUrl.isEmpty() && RegistryTarget::parse(registryUrl, &error).key() == m_signedInKey;
    if (registryUrl != m_originalRegistryUrl || signedInHere)
        emit registryChanged();
    QDialog::accept();
}

void SettingsDialog::showMessage(QLabel* label, const QString& text, bool error)
{
    label->setStyleSheet(error ? QStringLiteral("color: #d93a3a") : QString());
    label->setText(text);
    label->setToolTip(QString());
    label->setVisible(!text.isEmpty());
    // A longer message makes the dialog taller rather than squashing the fields above it.
    layout()->activate();
    const int wanted = layout()->totalHeightForWidth(width());
    if (wanted > height())
        resize(width(), wanted);
}
