#include "models/labelselector.h"

#include <QHash>
#include <QRegularExpression>

namespace Slipway {

namespace {

// ---- label selector lexer (k8s.io/apimachinery/pkg/labels/selector.go) ----
enum class Token
{
    End,
    Identifier,
    Comma,
    OpenPar,
    ClosedPar,
    Not,
    Equals,
    DoubleEquals,
    NotEquals,
    In,
    NotIn,
    Greater,
    Less
};

bool isSpecial(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('!') || c == QLatin1Char('(') || c == QLatin1Char(')') ||
           c == QLatin1Char(',') || c == QLatin1Char('>') || c == QLatin1Char('<');
}

struct Lexeme
{
    Token token = Token::End;
    QString text;
};

QList<Lexeme> lex(const QString &text)
{
    QList<Lexeme> out;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (isSpecial(c)) {
            const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
            if (c == QLatin1Char('=') && next == QLatin1Char('=')) {
                out.append({Token::DoubleEquals, QStringLiteral("==")});
                i += 2;
            } else if (c == QLatin1Char('!') && next == QLatin1Char('=')) {
                out.append({Token::NotEquals, QStringLiteral("!=")});
                i += 2;
            } else {
                static const QHash<QChar, Token> single{
                    {QLatin1Char('='), Token::Equals},  {QLatin1Char('!'), Token::Not},
                    {QLatin1Char('('), Token::OpenPar}, {QLatin1Char(')'), Token::ClosedPar},
                    {QLatin1Char(','), Token::Comma},   {QLatin1Char('>'), Token::Greater},
                    {QLatin1Char('<'), Token::Less}};
                out.append({single.value(c), QString(c)});
                ++i;
            }
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && !text.at(i).isSpace() && !isSpecial(text.at(i)))
            ++i;
        const QString word = text.mid(start, i - start);
        if (word == QLatin1String("in"))
            out.append({Token::In, word});
        else if (word == QLatin1String("notin"))
            out.append({Token::NotIn, word});
        else
            out.append({Token::Identifier, word});
    }
    out.append({Token::End, QStringLiteral("end of string")});
    return out;
}

bool validKey(const QString &key, QString *why)
{
    // A qualified name: optional DNS-subdomain prefix and '/', then a name of up to 63 characters.
    static const QRegularExpression name(QStringLiteral("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$"));
    static const QRegularExpression prefix(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    const QStringList parts = key.split(QLatin1Char('/'));
    const QString &localName = parts.last();
    bool ok = parts.size() <= 2 && localName.size() <= 63 && name.match(localName).hasMatch();
    if (ok && parts.size() == 2)
        ok =
            !parts.first().isEmpty() && parts.first().size() <= 253 && prefix.match(parts.first()).hasMatch();
    if (!ok)
        *why =
            QStringLiteral(
                "key: Invalid value: \"%1\": name part must consist of alphanumeric characters, '-', '_' or "
                "'.', and must start and end with an alphanumeric character")
                .arg(key);
    return ok;
}

bool validValue(const QString &value, QString *why)
{
    static const QRegularExpression re(QStringLiteral("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"));
    const bool ok = value.size() <= 63 && re.match(value).hasMatch();
    if (!ok)
        *why = QStringLiteral(
                   "values[0]: Invalid value: \"%1\": a valid label must be an empty string or consist of "
                   "alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric "
                   "character")
                   .arg(value);
    return ok;
}

} // namespace

Result<LabelSelector> LabelSelector::parse(const QString &text)
{
    LabelSelector selector;
    const QList<Lexeme> tokens = lex(text);
    qsizetype pos = 0;
    auto fail = [](const QString &detail) {
        return Result<LabelSelector>::failure(QStringLiteral("unable to parse requirement: ") + detail);
    };
    auto found = [](const Lexeme &l, const char *expected) {
        return QStringLiteral("found '%1', expected: %2").arg(l.text, QLatin1String(expected));
    };
    while (tokens.at(pos).token != Token::End) {
        Requirement r;
        if (tokens.at(pos).token == Token::Not) {
            r.op = Operator::DoesNotExist;
            ++pos;
        } else if (tokens.at(pos).token != Token::Identifier) {
            return fail(found(tokens.at(pos), "!, identifier, or 'end of string'"));
        }
        if (tokens.at(pos).token != Token::Identifier)
            return fail(found(tokens.at(pos), "identifier"));
        r.key = tokens.at(pos++).text;
        QString why;
        if (!validKey(r.key, &why))
            return fail(why);
        if (r.op != Operator::DoesNotExist) {
            const Token op = tokens.at(pos).token;
            if (op == Token::Comma || op == Token::End) {
                r.op = Operator::Exists;
            } else if (op == Token::In || op == Token::NotIn) {
                r.op = op == Token::In ? Operator::In : Operator::NotIn;
                if (tokens.at(++pos).token != Token::OpenPar)
                    return fail(found(tokens.at(pos), "'('"));
                ++pos;
                for (;;) {
                    if (tokens.at(pos).token == Token::Identifier)
                        r.values.append(tokens.at(pos++).text);
                    else if (tokens.at(pos).token == Token::Comma || tokens.at(pos).token == Token::ClosedPar)
                        r.values.append(QString()); // an empty value, as in "in (a,)"
                    if (tokens.at(pos).token == Token::ClosedPar) {
                        ++pos;
                        break;
                    }
                    if (tokens.at(pos).token != Token::Comma)
                        return fail(found(tokens.at(pos), "',' or ')'"));
                    ++pos;
                }
                if (r.values.size() == 1 && r.values.first().isEmpty() &&
                    tokens.at(pos - 2).token == Token::OpenPar)
                    return fail(QStringLiteral("for 'in', 'notin' operators, values set can't be empty"));
            } else if (op == Token::Equals || op == Token::DoubleEquals || op == Token::NotEquals ||
                       op == Token::Greater || op == Token::Less) {
                r.op = op == Token::NotEquals ? Operator::NotEquals
                       : op == Token::Greater ? Operator::GreaterThan
                       : op == Token::Less    ? Operator::LessThan
                                              : Operator::Equals;
                ++pos;
                if (tokens.at(pos).token == Token::Identifier)
                    r.values.append(tokens.at(pos++).text);
                else if (tokens.at(pos).token == Token::Comma || tokens.at(pos).token == Token::End)
                    r.values.append(QString());
                else
                    return fail(found(tokens.at(pos), "identifier"));
                if (r.op == Operator::GreaterThan || r.op == Operator::LessThan) {
                    bool ok = false;
                    r.values.first().toLongLong(&ok);
                    if (!ok)
                        return fail(QStringLiteral("for 'Gt', 'Lt' operators, the value must be an integer"));
                }
            } else {
                return fail(found(tokens.at(pos), "=, !=, ==, in, notin, <, >"));
            }
            if (r.op != Operator::GreaterThan && r.op != Operator::LessThan) {
                for (const QString &value : std::as_const(r.values)) {
                    if (!validValue(value, &why))
                        return fail(why);
                }
            }
        }
        selector.m_requirements.append(r);
        if (tokens.at(pos).token == Token::Comma) {
            ++pos;
            if (tokens.at(pos).token == Token::End)
                return fail(found(tokens.at(pos), "identifier after ','"));
        } else if (tokens.at(pos).token != Token::End) {
            return fail(found(tokens.at(pos), "',' or 'end of string'"));
        }
    }
    return selector;
}

bool LabelSelector::matches(const LabelMap &labels) const
{
    for (const Requirement &r : m_requirements) {
        const auto it = labels.constFind(r.key);
        const bool has = it != labels.cend();
        bool ok = false;
        switch (r.op) {
        case Operator::Equals:
            ok = has && *it == r.values.value(0);
            break;
        case Operator::NotEquals:
            ok = !has || *it != r.values.value(0);
            break;
        case Operator::In:
            ok = has && r.values.contains(*it);
            break;
        case Operator::NotIn:
            ok = !has || !r.values.contains(*it);
            break;
        case Operator::Exists:
            ok = has;
            break;
        case Operator::DoesNotExist:
            ok = !has;
            break;
        case Operator::GreaterThan:
        case Operator::LessThan: {
            bool numeric = false;
            const qint64 value = has ? it->toLongLong(&numeric) : 0;
            const qint64 bound = r.values.value(0).toLongLong();
            ok = numeric && (r.op == Operator::GreaterThan ? value > bound : value < bound);
            break;
        }
        }
        if (!ok)
            return false;
    }
    return true;
}

} // namespace Slipway
