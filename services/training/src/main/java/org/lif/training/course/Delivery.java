package org.lif.training.course;

public enum Delivery {
    FACE_TO_FACE, VIRTUAL, E_LEARNING
}
