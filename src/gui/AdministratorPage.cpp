#include "AdministratorPage.h"

#include "ui_AdministratorPage.h"

AdministratorPage::AdministratorPage(DeploymentConfig* config, DeploymentSecrets* secrets, QWidget* parent)
    : DeploymentPage(config, secrets, parent)
    , m_ui(new Ui::AdministratorPage)
{
    m_ui->setupUi(this);
    for (QLabel* message : {m_ui->fullNameError, m_ui->emailError, m_ui->phoneError, m_ui->companyError,
                            m_ui->passwordError, m_ui->passwordConfirmError})
        setUpMessage(message);
    for (QLineEdit* edit : {m_ui->fullNameEdit, m_ui->emailEdit, m_ui->phoneEdit, m_ui->companyEdit,
                            m_ui->passwordEdit, m_ui->passwordConfirmEdit})
        watch(edit);
    connect(m_ui->typedPasswordRadio, &QRadioButton::toggled, this, [this](bool typed) {
        refresh();
        if (typed && !isLoading())
            m_ui->passwordEdit->setFocus();
    });
    load(false);
}

AdministratorPage::~AdministratorPage() = default;

void AdministratorPage::loadFields()
{
    const AdminConfig& admin = config().admin;
    m_ui->fullNameEdit->setText(admin.fullName);
    m_ui->emailEdit->setText(admin.email);
    m_ui->phoneEdit->setText(admin.phone);
    m_ui->companyEdit->setText(admin.company);
    const bool typed = admin.passwordMode == PasswordMode::Typed;
    m_ui->typedPasswordRadio->setChecked(typed);
    m_ui->generatePasswordRadio->setChecked(!typed);
    m_ui->passwordEdit->setText(secrets().adminPassword);
    m_ui->passwordConfirmEdit->setText(secrets().adminPassword);
}

void AdministratorPage::refresh()
{
    if (isLoading())
        return;
    AdminConfig& admin = config().admin;
    bool ok = true;
    // Normalised values (trimmed, +digits phone, ASCII domain) go to the config; the fields keep
    // what the user typed.
    const auto fullName = FieldRules::fullName(m_ui->fullNameEdit->text());
    ok &= report(fullName, m_ui->fullNameEdit, m_ui->fullNameError, tr("Full name"));
    admin.fullName = fullName.ok() ? fullName.value : m_ui->fullNameEdit->text();

    const auto email = FieldRules::email(m_ui->emailEdit->text());
    ok &= report(email, m_ui->emailEdit, m_ui->emailError, tr("Email"));
    admin.email = email.ok() ? email.value : m_ui->emailEdit->text();

    const auto phone = FieldRules::phone(m_ui->phoneEdit->text());
    ok &= report(phone, m_ui->phoneEdit, m_ui->phoneError, tr("Phone"));
    admin.phone = phone.ok() ? phone.value : m_ui->phoneEdit->text();

    const auto company = FieldRules::company(m_ui->companyEdit->text());
    ok &= report(company, m_ui->companyEdit, m_ui->companyError, tr("Company"));
    admin.company = company.ok() ? company.value : m_ui->companyEdit->text();

    const bool typed = m_ui->typedPasswordRadio->isChecked();
    admin.passwordMode = typed ? PasswordMode::Typed : PasswordMode::Generate;
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui->passwordEdit), static_cast<QWidget*>(m_ui->passwordConfirmEdit),
          static_cast<QWidget*>(m_ui->passwordLabel), static_cast<QWidget*>(m_ui->passwordConfirmLabel)})
        w->setEnabled(typed);
    m_ui->generatedNoteLabel->setEnabled(!typed);
    secrets().adminPassword.clear();
    if (typed) {
        const QString password = m_ui->passwordEdit->text();
        const bool passwordOk =
            report(FieldRules::password(password), m_ui->passwordEdit, m_ui->passwordError, tr("Password"));
        const bool same = password == m_ui->passwordConfirmEdit->text();
        showProblem(same ? QString() : tr("does not match the password"), tr("type the same password twice"),
                    m_ui->passwordConfirmEdit, m_ui->passwordConfirmError, tr("Confirmation"));
        ok &= passwordOk && same;
        if (passwordOk)
            secrets().adminPassword = password;
    } else {
        clearMessage(m_ui->passwordError);
        clearMessage(m_ui->passwordConfirmError);
    }
    setComplete(ok);
}
