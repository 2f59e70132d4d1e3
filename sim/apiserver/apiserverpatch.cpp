#include "sim/apiserver/apiserverpatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace Slipway::ApiPatch {

namespace {

struct Failure
{
    int status;
    QString message;
};

// ---- RFC 7386 JSON merge patch ----
QJsonValue mergePatch(const QJsonValue &target, const QJsonValue &patch)
{
    if (!patch.isObject())
        return patch;
    QJsonObject result = target.isObject() ? target.toObject() : QJsonObject();
    const QJsonObject p = patch.toObject();
    for (auto it = p.begin(); it != p.end(); ++it) {
        if (it.value().isNull())
            result.remove(it.key());
        else
            result.insert(it.key(), mergePatch(result.value(it.key()), it.value()));
    }
    return result;
}

// ---- strategic merge patch (k8s.io/apimachinery/pkg/util/strategicpatch) ----
// Node's patch strategies (core/v1 types.go tags): these lists merge; every other list, including
// spec.taints (no patchStrategy, so atomic), is replaced as a whole.
QString mergeKeyFor(const QString &path)
{
    if (path == QLatin1String("status.conditions") || path == QLatin1String("status.addresses"))
        return QStringLiteral("type");
    if (path == QLatin1String("metadata.ownerReferences"))
        return QStringLiteral("uid");
    return {};
}

bool mergesPrimitives(const QString &path)
{
    return path == QLatin1String("metadata.finalizers") || path == QLatin1String("spec.podCIDRs");
}

QString childPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

std::optional<QJsonObject> strategicMap(const QJsonObject &original, const QJsonObject &patch,
                                        const QString &path, Failure *failure);

QJsonArray strategicList(const QJsonArray &original, const QJsonArray &patch, const QString &mergeKey,
                         const QString &path, Failure *failure)
{
    QJsonArray result = original;
    auto indexOf = [&result, &mergeKey](const QJsonValue &key) {
        for (qsizetype i = 0; i < result.size(); ++i) {
            if (result.at(i).toObject().value(mergeKey) == key)
                return i;
        }
        return qsizetype(-1);
    };
    QJsonArray replacement;
    bool replace = false;
    for (const QJsonValue &item : patch) {
        QJsonObject o = item.toObject();
        const QString directive = o.value(QLatin1String("$patch")).toString();
        if (directive == QLatin1String("replace")) {
            replace = true;
            continue;
        }
        if (!o.contains(mergeKey)) {
            *failure = {
                422, QStringLiteral("map: %1 does not contain declared merge key: %2")
                         .arg(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)), mergeKey)};
            return {};
        }
        replacement.append(item);
        const qsizetype at = indexOf(o.value(mergeKey));
        if (directive == QLatin1String("delete")) {
            if (at >= 0)
                result.removeAt(at);
            continue;
        }
        if (at < 0) {
            result.append(o);
            continue;
        }
        const auto merged = strategicMap(result.at(at).toObject(), o, path, failure);
        if (!merged)
            return {};
        result.replace(at, *merged);
    }
    return replace ? replacement : result;
}

// $setElementOrder/<field>: the merged list follows the patch's order of merge keys; items the
// order does not name stay after those it does.
void applyElementOrder(QJsonObject &result, const QJsonObject &patch, const QString &orderKey,
                       const QString &path)
{
    const QString field = orderKey.section(QLatin1Char('/'), 1);
    const QString mergeKey = mergeKeyFor(childPath(path, field));
    const QJsonArray order = patch.value(orderKey).toArray();
    const QJsonArray current = result.value(field).toArray();
    QJsonArray sorted;
    for (const QJsonValue &wanted : order) {
        for (const QJsonValue &item : current) {
            const QJsonValue id = mergeKey.isEmpty() ? item : item.toObject().value(mergeKey);
            const QJsonValue want =
                wanted.isObject() && !mergeKey.isEmpty() ? wanted.toObject().value(mergeKey) : wanted;
            if (id == want)
                sorted.append(item);
        }
    }
    for (const QJsonValue &item : current) {
        if (!sorted.contains(item))
            sorted.append(item);
    }
    if (result.contains(field))
        result.insert(field, sorted);
}

// $retainKeys: only the listed keys stay.
void retainKeys(QJsonObject &result, const QJsonArray &keep)
{
    const QStringList keys = result.keys();
    for (const QString &k : keys) {
        if (!keep.contains(QJsonValue(k)))
            result.remove(k);
    }
}

// $deleteFromPrimitiveList/<field>: the listed values leave the field's list.
void deleteFromPrimitiveList(QJsonObject &result, const QString &key, const QJsonArray &remove)
{
    const QString field = key.section(QLatin1Char('/'), 1);
    QJsonArray kept;
    for (const QJsonValue &e : result.value(field).toArray()) {
        if (!remove.contains(e))
            kept.append(e);
    }
    result.insert(field, kept);
}

std::optional<QJsonObject> strategicMap(const QJsonObject &original, const QJsonObject &patch,
                                        const QString &path, Failure *failure)
{
    const QString directive = patch.value(QLatin1String("$patch")).toString();
    if (directive == QLatin1String("replace")) {
        QJsonObject replaced = patch;
        replaced.remove(QLatin1String("$patch"));
        return replaced;
    }
    if (!directive.isEmpty() && directive != QLatin1String("merge")) {
        *failure = {422, QStringLiteral("unknown patch type: %1 in map: %2").arg(directive, path)};
        return std::nullopt;
    }
    QJsonObject result = original;
    QStringList orderKeys;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == QLatin1String("$patch") || key == QLatin1String("$retainKeys"))
            continue;
        if (key.startsWith(QLatin1String("$setElementOrder/"))) {
            orderKeys.append(key);
            continue;
        }
        if (key.startsWith(QLatin1String("$deleteFromPrimitiveList/"))) {
            deleteFromPrimitiveList(result, key, value.toArray());
            continue;
        }
        if (key.startsWith(QLatin1Char('$'))) {
            *failure = {422, QStringLiteral("unknown patch directive %1 in %2")
                                 .arg(key, path.isEmpty() ? QStringLiteral("the object") : path)};
            return std::nullopt;
        }
        const QString child = childPath(path, key);
        if (value.isNull()) {
            result.remove(key);
        } else if (value.isObject()) {
            const QJsonObject sub = value.toObject();
            if (sub.value(QLatin1String("$patch")).toString() == QLatin1String("delete")) {
                result.remove(key);
                continue;
            }
            const auto merged = strategicMap(result.value(key).toObject(), sub, child, failure);
            if (!merged)
                return std::nullopt;
            result.insert(key, *merged);
        } else if (value.isArray()) {
            const QString mergeKey = mergeKeyFor(child);
            if (!mergeKey.isEmpty()) {
                const QJsonArray merged =
                    strategicList(result.value(key).toArray(), value.toArray(), mergeKey, child, failure);
                if (failure->status)
                    return std::nullopt;
                result.insert(key, merged);
            } else if (mergesPrimitives(child)) {
                QJsonArray merged = result.value(key).toArray();
                for (const QJsonValue &v : value.toArray()) {
                    if (!merged.contains(v))
                        merged.append(v);
                }
                result.insert(key, merged);
            } else {
                result.insert(key, value);
            }
        } else {
            result.insert(key, value);
        }
    }
    for (const QString &orderKey : std::as_const(orderKeys))
        applyElementOrder(result, patch, orderKey, path);
    if (patch.contains(QLatin1String("$retainKeys")))
        retainKeys(result, patch.value(QLatin1String("$retainKeys")).toArray());
    return result;
}

// ---- RFC 6902 JSON patch ----
std::optional<QStringList> pointer(const QString &text)
{
    if (text.isEmpty())
        return QStringList();
    if (!text.startsWith(QLatin1Char('/')))
        return std::nullopt;
    QStringList tokens = text.mid(1).split(QLatin1Char('/'));
    for (QString &t : tokens)
        t.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
    return tokens;
}

std::optional<QJsonValue> valueAt(const QJsonValue &root, const QStringList &tokens)
{
    QJsonValue current = root;
    for (const QString &t : tokens) {
        if (current.isObject()) {
            const QJsonObject o = current.toObject();
            if (!o.contains(t))
                return std::nullopt;
            current = o.value(t);
        } else if (current.isArray()) {
            bool ok = false;
            const qsizetype i = t.toLongLong(&ok);
            if (!ok || i < 0 || i >= current.toArray().size())
                return std::nullopt;
            current = current.toArray().at(i);
        } else {
            return std::nullopt;
        }
    }
    return current;
}

enum class Edit
{
    Add,
    Remove,
    Replace
};

// Applies one edit at `tokens` below `node`; returns false when the target does not exist.
bool edit(QJsonValue &node, const QStringList &tokens, qsizetype depth, Edit kind, const QJsonValue &value)
{
    const QString &t = tokens.at(depth);
    const bool last = depth == tokens.size() - 1;
    if (node.isObject()) {
        QJsonObject o = node.toObject();
        if (last) {
            if (kind != Edit::Add && !o.contains(t))
                return false;
            if (kind == Edit::Remove)
                o.remove(t);
            else
                o.insert(t, value);
        } else {
            if (!o.contains(t))
                return false;
            QJsonValue child = o.value(t);
            if (!edit(child, tokens, depth + 1, kind, value))
                return false;
            o.insert(t, child);
        }
        node = o;
        return true;
    }
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        bool ok = false;
        const qsizetype i = t == QLatin1String("-") ? a.size() : t.toLongLong(&ok);
        if (t != QLatin1String("-") && (!ok || t.startsWith(QLatin1Char('+'))))
            return false;
        const qsizetype limit = last && kind == Edit::Add ? a.size() : a.size() - 1;
        if (i < 0 || i > limit)
            return false;
        if (last) {
            if (kind == Edit::Add)
                a.insert(i, value);
            else if (kind == Edit::Remove)
                a.removeAt(i);
            else
                a.replace(i, value);
        } else {
            QJsonValue child = a.at(i);
            if (!edit(child, tokens, depth + 1, kind, value))
                return false;
            a.replace(i, child);
        }
        node = a;
        return true;
    }
    return false;
}

std::optional<QJsonObject> jsonPatch(const QJsonObject &original, const QJsonArray &operations,
                                     Failure *failure)
{
    QJsonValue doc = original;
    for (const QJsonValue &opValue : operations) {
        const QJsonObject op = opValue.toObject();
        const QString name = op.value(QLatin1String("op")).toString();
        const QString pathText = op.value(QLatin1String("path")).toString();
        const auto path = pointer(pathText);
        if (!opValue.isObject() || name.isEmpty() || !op.contains(QLatin1String("path")) || !path) {
            *failure = {
                400, QStringLiteral("json patch: each operation needs \"op\" and a JSON pointer \"path\"")};
            return std::nullopt;
        }
        auto needValue = [&op, &name, failure]() {
            if (op.contains(QLatin1String("value")))
                return true;
            *failure = {400, QStringLiteral("json patch: \"%1\" operation is missing \"value\"").arg(name)};
            return false;
        };
        auto missing = [&pathText, &name, failure]() {
            *failure = {
                422,
                QStringLiteral("the server rejected our request due to an error in our request: %1 operation "
                               "does not apply: doc is missing path: \"%2\"")
                    .arg(name, pathText)};
            return std::nullopt;
        };
        if (path->isEmpty()) {
            *failure = {422,
                        QStringLiteral("json patch: operations on the whole document are not supported")};
            return std::nullopt;
        }
        if (name == QLatin1String("add") || name == QLatin1String("replace")) {
            if (!needValue())
                return std::nullopt;
            if (!edit(doc, *path, 0, name == QLatin1String("add") ? Edit::Add : Edit::Replace,
                      op.value(QLatin1String("value"))))
                return missing();
        } else if (name == QLatin1String("remove")) {
            if (!edit(doc, *path, 0, Edit::Remove, QJsonValue()))
                return missing();
        } else if (name == QLatin1String("move") || name == QLatin1String("copy")) {
            const QString fromText = op.value(QLatin1String("from")).toString();
            const auto from = pointer(fromText);
            const auto value = from ? valueAt(doc, *from) : std::nullopt;
            if (!from || from->isEmpty() || !value)
                return missing();
            if (name == QLatin1String("move") && (pathText.startsWith(fromText + QLatin1Char('/')) ||
                                                  !edit(doc, *from, 0, Edit::Remove, QJsonValue())))
                return missing();
            if (!edit(doc, *path, 0, Edit::Add, *value))
                return missing();
        } else if (name == QLatin1String("test")) {
            if (!needValue())
                return std::nullopt;
            const auto value = valueAt(doc, *path);
            if (!value || *value != op.value(QLatin1String("value"))) {
                *failure = {
                    422,
                    QStringLiteral("the server rejected our request due to an error in our request: testing "
                                   "value %1 failed")
                        .arg(pathText)};
                return std::nullopt;
            }
        } else {
            *failure = {400, QStringLiteral("json patch: unknown operation \"%1\"").arg(name)};
            return std::nullopt;
        }
    }
    if (!doc.isObject()) {
        *failure = {422, QStringLiteral("the patched document is not an object")};
        return std::nullopt;
    }
    return doc.toObject();
}

} // namespace

std::optional<Type> typeFromContentType(const QByteArray &mediaType)
{
    if (mediaType == "application/strategic-merge-patch+json")
        return Type::Strategic;
    if (mediaType == "application/merge-patch+json")
        return Type::Merge;
    if (mediaType == "application/json-patch+json")
        return Type::Json;
    return std::nullopt;
}

Result apply(Type type, const QJsonObject &original, const QByteArray &patch)
{
    Result result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(patch, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.status = 400;
        result.message = QStringLiteral("error decoding patch: %1 at offset %2")
                             .arg(parseError.errorString())
                             .arg(parseError.offset);
        return result;
    }
    Failure failure{0, {}};
    std::optional<QJsonObject> patched;
    switch (type) {
    case Type::Json:
        if (!doc.isArray()) {
            failure = {400, QStringLiteral("json patch: the body must be a JSON array of operations")};
            break;
        }
        patched = jsonPatch(original, doc.array(), &failure);
        break;
    case Type::Merge:
    case Type::Strategic:
        if (!doc.isObject()) {
            failure = {400, QStringLiteral("%1: the body must be a JSON object")
                                .arg(type == Type::Merge ? QStringLiteral("merge patch")
                                                         : QStringLiteral("strategic merge patch"))};
            break;
        }
        if (type == Type::Merge)
            patched = mergePatch(original, doc.object()).toObject();
        else
            patched = strategicMap(original, doc.object(), QString(), &failure);
        break;
    }
    if (!patched) {
        result.status = failure.status ? failure.status : 422;
        result.message = failure.message;
        return result;
    }
    result.object = *patched;
    return result;
}

} // namespace Slipway::ApiPatch
