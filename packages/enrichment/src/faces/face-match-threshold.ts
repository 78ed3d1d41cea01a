/**
 * Two FaceRes embeddings at or above this cosine similarity are one person. Measured on the
 * skimage photos (astronaut, cameraman): one face against itself scaled to half and saved as a
 * heavy JPEG, mirrored, cropped, or rotated 10° and darkened scores 0.77 to 0.97; the two people
 * score 0.35 to 0.40 against each other. 0.6 sits between with room on both sides.
 */
export const FACE_MATCH_THRESHOLD = 0.6;
