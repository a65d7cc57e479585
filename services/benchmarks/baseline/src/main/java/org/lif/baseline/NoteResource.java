package org.lif.baseline;

import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import java.util.List;
import java.util.UUID;

/** The baseline's one endpoint: a bearer token from the lif realm, one table. */
@Path("/api/notes")
@Authenticated
public class NoteResource {

    @GET
    public List<Note> list() {
        return Note.findAll().page(0, 20).list();
    }

    @POST
    @Transactional
    public Note add(@NotBlank String text) {
        Note note = new Note();
        note.id = UUID.randomUUID();
        note.text = text;
        note.persist();
        return note;
    }
}
