/* entity_times.c - drops the times the words of a name made.
 *
 * The time stage runs before the entities are known, so it reads the
 * weekday of a paper's title ("die „Welt am Sonntag“", "der BILD am
 * Sonntag") as a date the text speaks of.  Once a name of an organisation
 * or a person of two words or more covers such a time, the time is part
 * of the name; this pass removes it and frees its words for the layers
 * that run later.  Times with a figure stay ("die WM 2006": the year is
 * the event's). */
#include "entities.h"

/* True when the time [ta, tb) is made of words only: no figure in it. */
static bool words_only(const nf_doc *doc, size_t ta, size_t tb) {
    for (size_t k = ta; k < tb; k++)
        if (doc->tokens[k].kind != NF_TOK_WORD) return false;
    return true;
}

/* True when a name mention of two tokens or more, of an organisation or a
 * person, covers the tokens [ta, tb). */
static bool inside_name(const nf_doc *doc, size_t ta, size_t tb) {
    for (size_t i = nf_mention_first_at(doc, ta > 8 ? ta - 8 : 0);
         i < doc->nmentions && doc->mentions[i].ta <= ta; i++) {
        const nf_mention *m = &doc->mentions[i];
        int type = doc->entities[m->entity].type;
        if (m->kind == NF_MK_NAME && m->tb >= tb && m->tb - m->ta >= 2 &&
            (type == NF_ENT_ORG || type == NF_ENT_PERSON))
            return true;
    }
    return false;
}

/* See entities.h. */
void nf_times_inside_names(nf_doc *doc) {
    size_t kept = 0;
    for (size_t i = 0; i < doc->ntimes; i++) {
        const nf_time *t = &doc->times[i];
        if (words_only(doc, t->ta, t->tb) && inside_name(doc, t->ta, t->tb)) {
            for (size_t k = t->ta; k < t->tb; k++)
                if (doc->claimed[k] == 1) doc->claimed[k] = 0;
            continue;
        }
        doc->times[kept++] = *t;
    }
    doc->ntimes = kept;
}
