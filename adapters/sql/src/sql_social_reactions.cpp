// Reactions: one row per (post, user), written by an upsert so racing reactions never break the key.
#include "sql_social_repository.hpp"

#include "errors.hpp"
#include "query.hpp"

namespace offertracker::adapters::sql {

domain::reaction sql_social_repository::react(const domain::reaction& r) {
    return guarded("post_reactions.react", [&] {
        // An upsert on the (post_id, user_id) key, never "look, then insert": a concurrent reaction by the same
        // user waits for the other transaction and then replaces its kind instead of failing on the key.
        // The stored row keeps its first id and created_at; the SELECT reads it back in this transaction.
        query(session_,
              "INSERT INTO post_reactions (id, post_id, user_id, reaction, created_at) "
              "VALUES (:id, :post_id, :user_id, :reaction, :created_at) "
              "ON CONFLICT (post_id, user_id) DO UPDATE SET reaction = excluded.reaction")
            .bind("id", r.id)
            .bind("post_id", r.post_id)
            .bind("user_id", r.user_id)
            .bind("reaction", domain::to_string(r.kind))
            .bind("created_at", r.created_at)
            .run();
        domain::reaction stored;
        query(session_,
              "SELECT id, post_id, user_id, reaction, created_at FROM post_reactions "
              "WHERE post_id = :post_id AND user_id = :user_id")
            .bind("post_id", r.post_id)
            .bind("user_id", r.user_id)
            .each(5, [&](const text_row& row) {
                stored.id = row.text(0);
                stored.post_id = row.text(1);
                stored.user_id = row.text(2);
                stored.kind = stored_enum<domain::reaction_type>(row.text(3), "post_reactions.reaction");
                stored.created_at = row.timestamp(4);
            });
        return stored;
    });
}

bool sql_social_repository::unreact(const domain::id& post_id, const domain::id& user_id) {
    return guarded("post_reactions.remove", [&] {
        return query(session_, "DELETE FROM post_reactions WHERE post_id = :post_id AND user_id = :user_id")
                   .bind("post_id", post_id)
                   .bind("user_id", user_id)
                   .run() > 0;
    });
}

}  // namespace offertracker::adapters::sql
